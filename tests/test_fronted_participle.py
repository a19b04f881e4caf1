"""An opening participle clause takes the main clause's subject (stages/participle.py)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_the_main_subject_does_the_opening_act(ctx):
    assert ("CHL", "PER", "11") in _events(ctx, "Denouncing Peru's missile test, Chile's foreign minister "
                                                "said on Sunday that Lima had chosen escalation.")
    assert ("CHL", "PER", "12") in _events(ctx, "Refusing a Peruvian request, Chile said on Tuesday it would "
                                                "not hand over the files.")


def test_only_an_opening_clause_and_only_its_own_subject(ctx):
    # the participle in the middle of a sentence keeps the subject before it
    assert ("CHL", "PER", "11") in _events(ctx, "Chile's foreign minister spoke on Sunday, denouncing "
                                                "Peru's missile test.")
    # a main clause whose verb comes before any actor: no subject is borrowed from further on
    assert not any(s == "BOL" for s, _, _ in _events(ctx, "Denouncing Peru's missile test, officials said "
                                                         "on Sunday that Bolivia had been warned."))
