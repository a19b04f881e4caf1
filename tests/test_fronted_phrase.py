"""A nominal act in a phrase that opens the sentence takes the main clause's subject
(stages/participle.py, fronted_phrase_subject)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:3]) for e in doc.events}


def test_an_opening_visit_is_the_subjects(ctx):
    events = _events(ctx, "On a visit to Quito on Friday, Colombia's president signed a border pact with Ecuador.")
    assert ("COL", "ECU", "042") in events
    events = _events(ctx, "During his visit to Hanoi, the Indian prime minister met Vietnam's leader.")
    assert ("IND", "VNM", "042") in events


def test_an_opening_call_is_the_subjects(ctx):
    events = _events(ctx, "In a phone call with Chile's president on Friday, Peru's president discussed trade.")
    assert ("PER", "CHL", "041") in events


def test_an_opening_place_is_no_act(ctx):
    events = _events(ctx, "In Lima, Chile's president signed a deal with Peru.")
    assert not any(code == "042" for _, _, code in events)


def test_a_call_after_said_is_the_speakers(ctx):
    events = _events(ctx, "Chile's president said on Friday after a phone call with Peru's president that the border would reopen.")
    assert ("CHL", "PER", "041") in events
