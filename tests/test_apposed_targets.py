"""Targets named in an apposition after a common noun (stages/apposed.py)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_the_apposition_names_the_target(ctx):
    assert ("PER", "ECU", "05") in _events(ctx, "Peru thanked its neighbour, Ecuador, for the help on Friday.")
    events = _events(ctx, "Serbia demanded on Friday that its partners, Hungary and Austria, reopen the border.")
    assert {("SRB", "HUN", "10"), ("SRB", "AUT", "10")} <= events


def test_a_speaker_after_the_comma_is_no_apposition(ctx):
    events = _events(ctx, "Peru criticised the plan, Bolivia said on Friday.")
    assert ("PER", "BOL", "11") not in events


def test_an_unclosed_apposition_is_not_taken(ctx):
    # the name after the comma opens a new clause, not an apposition
    events = _events(ctx, "Peru criticised its neighbour, Ecuador signed a deal with Chile.")
    assert ("PER", "ECU", "11") not in events


def test_an_unknown_person_described_after_the_verb_takes_the_description_s_state(ctx):
    assert ("IRN", "CZE", "17") in _events(ctx, "Iranian authorities detained Jan Novak, a Czech citizen who taught in Tehran.")
    assert ("RUS", "USA", "17") in _events(ctx, "Russia arrested Paul Whelan, a former US Marine, in Moscow.")
