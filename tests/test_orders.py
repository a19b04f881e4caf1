"""An order to another state or body is a demand (rule flag ``other``); an order to one's own
forces is not, and the act ordered stays the event."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_an_order_to_another_state_is_a_demand(ctx):
    events = _events(ctx, "The ICJ ordered Colombia on Friday to halt its offensive near the border.")
    assert ("ICJ", "COL", "10") in events
    assert not any(s == "COL" and r == "08" for s, _, r in events)  # the act ordered did not happen


def test_an_order_to_own_forces_keeps_the_act(ctx):
    events = _events(ctx, "Chile's defence minister ordered troops to pull back from the border on Friday.")
    assert not any(r == "10" for _, _, r in events)


def test_ordering_foreign_troops_out_is_an_expulsion(ctx):
    assert ("MLI", "FRA", "16") in _events(ctx, "Mali ordered French troops to leave the country within a month.")
    events = _events(ctx, "Mali's junta ordered its troops to leave the town.")
    assert not any(r == "16" for _, _, r in events)
