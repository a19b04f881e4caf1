"""A target that heads a list keeps the rest of the list (issue 12, branch ``pairs4``,
``stages/listed_targets.py``)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_every_member_of_a_listed_target_is_aimed_at(ctx):
    pairs = _pairs(ctx, "Egypt turned down a Qatari- and Turkish-backed plan for Libya on Sunday.")
    assert {("EGY", "QAT", "12"), ("EGY", "TUR", "12")} <= pairs
    pairs = _pairs(ctx, "Iran warned that Israel and the United States would pay a heavy price.")
    assert {("IRN", "ISR", "13"), ("IRN", "USA", "13")} <= pairs
    pairs = _pairs(ctx, "Serbia denounced the sanctions imposed by the European Union and Britain.")
    assert {("SRB", "EU", "11"), ("SRB", "GBR", "11")} <= pairs
    pairs = _pairs(ctx, "Kenya praised the deal brokered by Qatar and Egypt on Monday.")
    assert {("KEN", "QAT", "05"), ("KEN", "EGY", "05")} <= pairs


def test_a_member_with_its_own_verb_or_a_place_is_no_target(ctx):
    pairs = _pairs(ctx, "Poland condemned Russia and Belarus said it would respond.")
    assert ("POL", "RUS", "11") in pairs and ("POL", "BLR", "11") not in pairs
    pairs = _pairs(ctx, "Japan condemned the attack on Syria and Iraq welcomed it.")
    assert ("JPN", "IRQ", "11") not in pairs
