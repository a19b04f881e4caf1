"""A place named through "in what is now / what is today X" is located as "in X" is (issue 12, branch
``fired4``, one check in ``actors._flags``): the people it locates are that state's, not the doer's.
The first four sentences gave the doer's own state as the target on main; the last ones must keep
the doer and give no event.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text, published=dt.date(2025, 3, 4)):
    doc = code_document(document_from_text(text, published), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_a_genocide_in_what_is_now_a_state_is_against_that_state(ctx):
    pairs = _pairs(ctx, "Germany's colonial troops committed genocide against the Herero people in what is now "
                        "Namibia, Berlin acknowledged on Friday.")
    assert ("DEU", "NAM", "20") in pairs
    assert ("DEU", "DEU", "20") not in pairs


def test_an_apology_for_abuses_in_what_is_now_a_state(ctx):
    pairs = _pairs(ctx, "Italy on Monday apologised for atrocities committed by its colonial army against "
                        "civilians in what is now Libya.")
    assert ("ITA", "LBY", "05") in pairs


def test_an_apology_for_killings_in_what_is_now_a_state(ctx):
    pairs = _pairs(ctx, "Portugal apologised on Tuesday for the killing of villagers by its troops in what is now "
                        "Mozambique.")
    assert ("PRT", "MOZ", "05") in pairs


def test_what_is_today_a_state_is_located_too(ctx):
    pairs = _pairs(ctx, "Japan on Friday apologised for abuses committed by its wartime army against civilians in "
                        "what is today Myanmar.")
    assert ("JPN", "MMR", "05") in pairs
    assert ("JPN", "JPN", "05") not in pairs


def test_a_place_in_what_is_now_a_state_is_no_actor_of_its_own(ctx):
    assert not _pairs(ctx, "Crowds of tourists gathered in what is now Namibia's capital on Monday.")
