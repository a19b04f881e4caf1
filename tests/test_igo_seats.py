"""A seat named as an actor is its organisation; named as a place it stays the host state's
(``stages/igo_seats.py``, issue 12, branch ``codes5``)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_brussels_acting_or_addressed_is_the_eu(ctx):
    assert ("PRT", "EU", "10") in _pairs(ctx, "Lisbon demanded on Monday that Brussels release the recovery funds.")
    pairs = _pairs(ctx, "Brussels imposed sanctions on Belarus on Monday.")
    assert ("EU", "BLR", "16") in pairs and not any(s == "BEL" for s, _, _ in pairs), pairs


def test_brussels_as_a_place_stays_belgian(ctx):
    pairs = _pairs(ctx, "Police in Brussels arrested two suspects on Monday.")
    assert pairs and all(s == "BEL" for s, _, _ in pairs), pairs
    assert not any("EU" in (s, t) for s, t, _ in _pairs(
        ctx, "Belgium's prime minister met Chinese officials in Brussels on Monday."))


def test_another_capital_is_untouched(ctx):
    assert ("TUR", "DEU", "10") in _pairs(ctx, "Ankara demanded on Monday that Berlin release the funds.")
