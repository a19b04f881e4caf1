"""Force posture (15x): forces ordered on to alert, militia deployed; aimed at the other side named."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_forces_ordered_on_to_alert(ctx):
    codes = _codes(ctx, "Chile's president ordered the army on to high alert, citing aggressive statements by Peru.")
    assert ("CHL", "PER", "152") in codes


def test_militia_deployed_in_response_to_threats(ctx):
    codes = _codes(ctx, "Chile's president deployed 40,000 militia members across the country on Monday "
                        "in response to threats from Peru.")
    assert ("CHL", "PER", "154") in codes


def test_alternatives_bind_to_the_last_word_so_heads_stand_alone(ctx):
    """``a|b c~`` reads "a c" or "b c": a head noun meant alone is its own alternative or rule."""
    codes = _codes(ctx, "Chilean missiles hit military sites in Peru on Tuesday.")  # 195 since means.py
    assert any(s == "CHL" and t == "PER" and c.startswith("19") for s, t, c in codes)
    codes = _codes(ctx, "Peru closed the border on Monday, and Chile said it would take countermeasures.")
    assert any(s == "CHL" and t == "PER" and c.startswith("13") for s, t, c in codes)
