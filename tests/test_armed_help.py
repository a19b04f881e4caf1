"""Armed forces arriving to help another state: military protection (074), not a visit."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_troops_sent_to_help_are_protection(ctx):
    codes = _codes(ctx, "Chilean paratroopers arrived in Peru on Tuesday at the request of its government "
                        "to help restore order.")
    assert ("CHL", "PER", "074") in codes
    assert ("CHL", "PER", "042") not in codes


def test_a_leader_or_troops_without_a_helping_purpose_stay_visits(ctx):
    assert ("CHL", "PER", "042") in _codes(ctx, "Chilean troops arrived in Peru on Tuesday.")
    assert ("CHL", "PER", "042") in _codes(ctx, "Chile's president arrived in Peru on Tuesday to help "
                                                "the flood victims.")
