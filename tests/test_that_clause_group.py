"""The whole coordinated subject of a demanded "that" clause is the target."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_both_sides_of_a_demand(ctx):
    events = _events(ctx, "Bolivia demanded on Tuesday that Chile and Peru halt the fighting.")
    assert {("BOL", "CHL", "10"), ("BOL", "PER", "10")} <= events


def test_an_object_group_still_stops_at_a_new_clause(ctx):
    # "... condemned Chile, and Peru vowed ...": Peru starts its own clause
    events = _events(ctx, "Bolivia condemned Chile on Tuesday, and Peru vowed to retaliate.")
    assert ("BOL", "PER", "11") not in events
