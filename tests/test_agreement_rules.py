"""Agreements signed or agreed by two sides (057): a statement, a plan."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_a_signed_statement_with_or_without_joint(ctx):
    """``057/sign-statement`` matched only "joint statement": "joint" is a modifier in the gap."""
    pairs = _pairs(ctx, "Chile and Peru signed a statement on water rights on Tuesday.")
    assert {("CHL", "PER", "057"), ("PER", "CHL", "057")} <= pairs
    assert ("CHL", "PER", "057") in _pairs(ctx, "Chile and Peru signed a joint communique on Tuesday.")


def test_two_sides_agree_on_a_plan(ctx):
    pairs = _pairs(ctx, "Chile and Peru agreed on Tuesday on a plan to share water from the border rivers.")
    assert {("CHL", "PER", "057"), ("PER", "CHL", "057")} <= pairs
    # one side alone agreeing on its own plan is no agreement with anyone
    assert not any(c == "057" for _, _, c in _pairs(ctx, "Chile agreed on a plan to build new roads."))


def test_joint_patrols_flown_or_carried_out(ctx):
    """``062/joint-exercise``: "flew a joint patrol", "carried out joint naval patrols"."""
    pairs = _pairs(ctx, "Chilean and Peruvian jets flew a joint patrol along their coast on Thursday.")
    assert {("CHL", "PER", "062"), ("PER", "CHL", "062")} <= pairs
    pairs = _pairs(ctx, "Chile and Peru carried out joint naval patrols on Tuesday.")
    assert ("CHL", "PER", "062") in pairs
    # a patrol of one side alone is no cooperation with anyone
    assert not any(c == "062" for _, _, c in _pairs(ctx, "Chile carried out naval patrols on Tuesday."))


def test_agreed_on_after_a_place(ctx):
    """``057/agree-on-deal``: "agreed in Lima on a plan" (a place or time before "on")."""
    pairs = _pairs(ctx, "Chile and Peru agreed in Lima on a plan to share water from the border rivers.")
    assert {("CHL", "PER", "057"), ("PER", "CHL", "057")} <= pairs
