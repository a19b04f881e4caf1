"""One actor singled out of an unnamed group is the target: "asked its partners, and specifically
the Netherlands, to ..." (``stages/including.py``, issue 12, branch ``codes5``)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_the_actor_singled_out_after_an_unnamed_object_is_the_target(ctx):
    assert ("PER", "CHL", "05") in _pairs(ctx, "Peru thanked its neighbours, notably Chile and Bolivia, for their help.")
    assert ("PER", "BOL", "05") in _pairs(ctx, "Peru thanked its neighbours, notably Chile and Bolivia, for their help.")
    assert ("ITA", "GRC", "02") in _pairs(
        ctx, "Italy on Monday asked its European partners, and in particular Greece, to share data on arrivals.")


def test_a_named_object_keeps_its_target(ctx):
    pairs = _pairs(ctx, "Peru thanked Chile, and especially Bolivia, for their help.")
    assert ("PER", "CHL", "05") in pairs, pairs


def test_intelligence_is_shared_with_the_recipient_not_the_topic(ctx):
    """``064/share-intelligence`` takes its target from "with" or "to": "information on X" is the topic."""
    pairs = _pairs(ctx, "Morocco shared information on Islamic State cells with Spain on Tuesday.")
    assert ("MAR", "ESP", "06") in pairs and ("MAR", "ISIL", "06") not in pairs, pairs
    assert ("USA", "UKR", "06") in _pairs(ctx, "The United States provided Ukraine with intelligence on Monday.")
