"""A reaction to "it" or to "the <thing>" is aimed at whoever made the thing (stages/reaction.py)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_a_pronoun_object_is_the_earlier_clause_s_doing(ctx):
    events = _events(ctx, "Chile's parliament passed a law on Wednesday authorising force against Peru, "
                          "and Lima condemned it as a provocation.")
    assert ("PER", "CHL", "11") in events


def test_a_thing_made_in_the_previous_sentence(ctx):
    events = _events(ctx, "A Chilean inquiry concluded on Thursday that Peru had approved the murder. "
                          "Lima dismissed the findings as biased.")
    assert ("PER", "CHL", "12") in events


def test_another_reactor_is_not_the_author(ctx):
    """"X condemned it while Y welcomed it": Y welcomes the law, not X's condemnation."""
    events = _events(ctx, "Chile's parliament passed a law on Wednesday authorising force against Bolivia, "
                          "and Lima condemned it, while Brasilia welcomed it.")
    assert ("BRA", "CHL", "05") in events
    assert ("BRA", "PER", "05") not in events


def test_no_author_no_target(ctx):
    """With nobody else named, the reaction has no target to invent."""
    assert not any(t != "PER" for _, t, _ in _events(ctx, "Peru condemned it on Monday."))


def test_an_event_noun_with_no_coded_event_behind_it(ctx):
    """"condemned the policy": no earlier event is the policy, so its maker is the target."""
    events = _events(ctx, "Chile's parliament adopted a new migration policy on Monday. Peru condemned the policy.")
    assert ("PER", "CHL", "11") in events
