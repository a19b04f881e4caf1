"""Right pair, wrong root, second round (issue 12, branch ``wrongroot2``). Sentences written for
these tests."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def _roots(ctx, text):
    return {(s, t, c[:2]) for s, t, c in _codes(ctx, text)}


def test_giving_a_state_days_to_act_is_an_ultimatum_and_the_act_is_not_done(ctx):
    """"gave Israel four days to let aid in": a deadline set for another side is an ultimatum
    (139, rule ``139/give-days-to``); the act it demands is not reported as done
    (``stages/embedded.py``)."""
    assert _codes(ctx, "Azerbaijan gave Armenia three days to withdraw its troops from the border.") == {
        ("AZE", "ARM", "139")}
    assert _codes(ctx, "Algeria gave France 48 hours to recall its envoy.") == {("DZA", "FRA", "139")}
    assert _codes(ctx, "The Houthis gave the United States a week to halt its strikes on Yemen.") == {
        ("YEM", "USA", "139")}
    assert ("TUR", "SWE", "139") in _codes(ctx, "Turkey gave Sweden two weeks to extradite the suspects.")


def test_days_given_to_leave_stay_an_expulsion(ctx):
    """An envoy given hours to leave is expelled (161), not handed an ultimatum."""
    codes = _codes(ctx, "The junta in Niger gave the French ambassador 48 hours to leave the country.")
    assert ("NER", "FRA", "161") in codes and ("NER", "FRA", "139") not in codes
    codes = _codes(ctx, "Spain's envoy was declared persona non grata by Nicaragua on Monday and given 72 hours to leave.")
    assert ("NIC", "ESP", "161") in codes and not any(c == "139" for _, _, c in codes)
