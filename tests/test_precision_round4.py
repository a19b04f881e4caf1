"""Fourth precision round (issues 11, 12): constructions of international wire news whose
false events the coder produced; each test sentence is ours."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_a_speaker_of_the_doers_side_is_no_second_target(ctx):
    pairs = _pairs(ctx, "Venezuela will refuse any talks with Guyana, President Nicolas Maduro's vice president "
                        "said on Sunday.")
    assert ("VEN", "GUY", "12") in pairs
    assert ("VEN", "VEN", "12") not in pairs


def test_a_protest_keeps_its_home_target_beside_a_foreign_one(ctx):
    pairs = _pairs(ctx, "Farmers in Perpignan blocked the motorway between Perpignan and the Spanish border on Monday.")
    assert ("FRA", "FRA", "14") in pairs
