"""A passive whose subject is a thing of an actor: that actor is the target (stages/passive.py)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_the_owner_of_the_subject_is_the_target(ctx):
    """"The assets of X were frozen by Y", "A loan to X was approved by Y"."""
    assert ("CAN", "RUS", "16") in _pairs(ctx, "The assets of a Russian oligarch were frozen by Canada on Monday.")
    assert ("IMF", "KEN", "07") in _pairs(ctx, "A loan to Kenya was approved by the IMF on Friday.")


def test_a_plain_passive_subject_is_still_the_target(ctx):
    assert ("PER", "CHL", "17") in _pairs(ctx, "Chile's envoy was expelled by Peru on Tuesday.")


def test_no_owner_without_an_agent_or_across_a_clause(ctx):
    # no "by" phrase: nobody to act; an actor of an earlier clause is not the owner
    assert not any(t == "RUS" for _, t, _ in _pairs(ctx, "The assets of a Russian banker were frozen on Thursday."))
    assert ("GBR", "DEU", "16") not in _pairs(ctx, "Germany protested, and the assets were frozen by Britain.")
