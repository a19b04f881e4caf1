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


def test_a_leader_saying_his_named_state_would_act_announces_the_act(ctx):
    """"President X said Peru would expel ...": the speaker's own state, named, takes the announced
    act, as "said it would" does (``stages/mood.py``); not an intent (03)."""
    assert ("PER", "VEN", "16") in _roots(
        ctx, "Peru's president said on Monday that Peru would expel the Venezuelan ambassador.")
    assert ("JPN", "PHL", "07") in _roots(
        ctx, "Japan's prime minister said Japan would provide aid to the Philippines after the typhoon.")
    assert ("USA", "MAR", "054") in _codes(
        ctx, "President Donald Trump said on Thursday that the United States would recognise Morocco's claim.")
    # another state named before "would" stays the speaker's expectation, not that state's act
    assert ("RUS", "RUS", "05") not in _roots(
        ctx, "President Emmanuel Macron said Russia would recognise the rebels.")
