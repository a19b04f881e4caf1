"""Review of the merged changes since 5427728 (branch review10): rules that fired wider than their
docstrings say, and a docstring the code did not follow; sentences of ours."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.code, e.target.primary) for e in doc.events}


# captured_place: only a place that is the capture's object is territory occupied (192)

def test_a_place_captured_is_territory_occupied(ctx):
    assert ("COD", "192", "COD") in _codes(ctx, "Congolese rebels captured Bunia on Friday.")


def test_things_captured_near_a_place_are_no_territory(ctx):
    found = _codes(ctx, "Congolese rebels captured weapons and ammunition near Bunia on Friday.")
    assert not any(code == "192" for _, code, _ in found), found


def test_a_person_captured_in_a_place_is_no_territory(ctx):
    found = _codes(ctx, "Congolese rebels captured Dr Kabeya in Bunia on Friday.")
    assert not any(code == "192" for _, code, _ in found), found
