"""An act announced on a condition the other side must meet is an ultimatum (stages/ultimatum.py)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_unless_makes_an_ultimatum(ctx):
    events = _events(ctx, "Brazil said it would impose sanctions on Paraguay unless Asuncion reopened the bridge.")
    assert ("BRA", "PRY", "139") in events
    assert not any(code.startswith("16") for _, _, code in events)


def test_a_negative_if_makes_an_ultimatum(ctx):
    events = _events(ctx, "Washington will impose tariffs on Colombia if Bogota does not accept the flights.")
    assert ("USA", "COL", "139") in events


def test_a_plain_announcement_stays_the_act(ctx):
    events = _events(ctx, "Norway will recognise Palestine on May 28.")
    assert ("NOR", "PSE", "054") in events


def test_a_speakers_own_sanction_that_could_follow_a_failure_is_a_threat(ctx):
    events = _events(ctx, "Japan said on Monday it could suspend development aid to Laos unless the fighting stopped.")
    assert any(s == "JPN" and t == "LAO" and code[:2] == "13" for s, t, code in events)
    events = _events(ctx, "Japan said on Monday that Laos could suspend development aid to Cambodia unless the fighting stopped.")
    assert not any(code[:2] == "13" for _, _, code in events)
