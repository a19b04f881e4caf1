"""A release in a swap is a release both ways (issue 12, branch ``pairs4``, ``stages/swaps.py``)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_the_other_side_of_a_swap_releases_too(ctx):
    events = _events(ctx, "Russia freed an American basketball player on Thursday in exchange for a Russian "
                          "arms dealer jailed in the United States.")
    assert {("RUS", "USA", "0841"), ("USA", "RUS", "0841")} <= events
    events = _events(ctx, "Iran released five Americans in a prisoner swap with the United States.")
    assert {("IRN", "USA", "0841"), ("USA", "IRN", "0841")} <= events
    events = _events(ctx, "Venezuela released ten Americans in exchange for a businessman held by the United States.")
    assert {("VEN", "USA", "0841"), ("USA", "VEN", "0841")} <= events


def test_the_swapping_side_is_the_state_not_its_released_people(ctx):
    doc = code_document(document_from_text(
        "Iran released five Americans in a prisoner swap with the United States.", dt.date(2025, 3, 4)), ctx)
    swapped = [e for e in doc.events if e.rule.endswith("+swap")]
    assert swapped and all(e.source.code == "USA" for e in swapped)


def test_a_release_with_no_exchange_stays_one_sided(ctx):
    events = _events(ctx, "Venezuela released ten Americans on Monday.")
    assert ("VEN", "USA", "0841") in events and ("USA", "VEN", "0841") not in events
    events = _events(ctx, "Belarus freed a Lithuanian journalist after talks on trade and energy exchange.")
    assert ("LTU", "BLR", "0841") not in events
