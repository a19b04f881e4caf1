"""Generic actors of a story about one state (issue 12, branch ``second3``, ``stages/story.py``).

A second act in a clause of its own is often done by people the text names only by their role
("as protesters set fire to parliament", "after lawmakers voted to reject the decree"). With no
place named for them, they belong to the one state the report is about (its dateline and every
actor it names); a report that names two states gives them none.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.root) for e in doc.events}


def test_people_named_by_their_role_in_a_clause_of_its_own_take_the_state_of_the_story(ctx):
    assert ("BOL", "BOL", "14") in _pairs(
        ctx, "LA PAZ - Bolivia's president resigned on Sunday as protesters set fire to parliament.")
    assert ("CHL", "CHL", "17") in _pairs(
        ctx, "SANTIAGO - Soldiers fired on protesters on Friday, a day after the curfew began.")
    assert ("KOR", "KOR", "12") in _pairs(
        ctx, "SEOUL - South Korea's president lifted martial law on Wednesday after lawmakers voted to reject the "
             "decree.")


def test_a_report_on_two_states_or_an_act_years_before_gives_no_story_event(ctx):
    """Nor armed forces beside another actor that may own them (``generic.foreign_agent``): measured,
    giving them the story's state added false events on the tuned conflict set."""
    pairs = _pairs(ctx, "Peru's foreign minister met Chile's foreign minister on Monday as soldiers fired on "
                        "protesters.")
    assert not {r for s, t, r in pairs if s == t and r == "17"}
    pairs = _pairs(ctx, "Bolivia's president resigned on Monday, twenty years after protesters set fire to "
                        "parliament in 2003.")
    assert ("BOL", "BOL", "14") not in pairs
    pairs = _pairs(ctx, "Belarus freed 18 political prisoners on Friday as Danish tourists marched in protest.")
    assert ("BLR", "BLR", "14") not in pairs  # a state's bare name or its people set no story at home
