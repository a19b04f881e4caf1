"""A cessation of hostilities agreed, signed or declared is a ceasefire (0871), for both sides."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_agreeing_to_a_cessation_of_hostilities_is_a_ceasefire_for_both(ctx):
    codes = _codes(ctx, "Armenia and Azerbaijan agreed on Monday to an unconditional cessation of hostilities.")
    assert {("ARM", "AZE", "0871"), ("AZE", "ARM", "0871")} <= codes
    assert not any(code.startswith("19") for _, _, code in codes)


def test_signing_a_cessation_of_hostilities_is_a_ceasefire(ctx):
    assert ("SDN", "SSD", "0871") in _codes(ctx, "Sudan and South Sudan signed a cessation of hostilities in Juba on Monday.")


def test_calling_for_a_cessation_is_not_a_ceasefire(ctx):
    codes = _codes(ctx, "France called on Monday for a cessation of hostilities between Armenia and Azerbaijan.")
    assert not any(code == "0871" for _, _, code in codes)
