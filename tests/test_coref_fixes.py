"""Coreference fixes: a possessor is no speaker; "the two leaders" after "where"."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_its_before_said_is_not_the_speaker(ctx):
    events = _events(ctx, "Jordan demanded that Syria halt its shelling and said it would summon Syria's ambassador.")
    assert ("JOR", "SYR", "114") in events


def test_the_two_leaders_in_a_where_clause(ctx):
    events = _events(ctx, "Ghana's president hosted Togo's president at the palace on Friday, where the two leaders "
                          "signed a trade agreement.")
    assert {("GHA", "TGO", "057"), ("TGO", "GHA", "057")} <= events
