"""Targets listed after an unnamed object (stages/including.py)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_the_listed_people_are_the_targets(ctx):
    assert ("PER", "CHL", "17") in _events(ctx, "Peru detained 12 foreigners on Friday, including four Chileans.")
    events = _events(ctx, "Peru expelled six diplomats on Friday, among them two Chileans and two Bolivians.")
    assert {("PER", "CHL", "16"), ("PER", "BOL", "16")} <= events


def test_a_named_object_keeps_its_place(ctx):
    # the object names an actor: the list after it does not replace it
    events = _events(ctx, "Peru detained two Chilean sailors on Friday, including a Bolivian cook.")
    assert ("PER", "CHL", "17") in events
    assert ("PER", "BOL", "17") not in events
