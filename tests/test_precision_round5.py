"""Fifth precision round (issues 11, 12): constructions of wire news that name acts without
reporting them (background clauses, relative clauses, possibilities left open, teams and firms
named by their country); each test sentence is ours."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_an_act_not_ruled_out_is_no_act(ctx):
    assert not _pairs(ctx, "Chile has not ruled out sending weapons to Bolivia.")
    assert not _pairs(ctx, "Ghana refused to rule out recognising the new government in Burkina Faso.")


def test_an_act_ruled_out_is_a_refusal(ctx):
    pairs = _pairs(ctx, "Chile ruled out sending weapons to Bolivia.")
    assert ("CHL", "BOL", "07") not in pairs
    assert ("CHL", "BOL", "12") in pairs
