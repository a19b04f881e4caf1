"""A bare warning whose "that" clause announces a consequence (issue 12, branch ``pairs3``)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_a_warning_that_any_act_by_another_would_be_answered_aims_at_that_other(ctx):
    assert ("TUR", "GRC", "13") in _pairs(ctx, "Turkey warned that any attack by Greece would be answered.")
    assert ("TUR", "GRC", "13") in _pairs(
        ctx, "Erdogan warned on Friday that any attack by Greece on Turkish ships would be answered.")
    assert ("CHN", "USA", "13") in _pairs(
        ctx, "The Chinese government warned that any visit by American officials to Taiwan would cross a red line.")
    assert ("JPN", "PRK", "13") in _pairs(
        ctx, "Japan warned that any missile launch by North Korea would be met with a firm response.")


def test_a_forecast_is_still_no_threat(ctx):
    assert not any(r == "13" for _, _, r in _pairs(
        ctx, "Forecasters in the United States warned that the hurricane would hit Cuba on Friday."))
    assert not _pairs(ctx, "Aid agencies warned that the drought in Somalia could push millions into hunger.")


def test_an_aside_listing_the_goods_does_not_hide_the_destination(ctx):
    """"sent aid, including food and blankets, to Myanmar" (``stages/asides.py``)."""
    assert ("JPN", "MMR", "07") in _pairs(ctx, "Japan sent aid, including food and blankets, to Myanmar on Monday.")
    assert ("JPN", "MMR", "07") in _pairs(ctx, "Japan sent aid, including food, tents and blankets, to Myanmar on Monday.")
    assert ("FRA", "IND", "06") in _pairs(ctx, "France sold weapons, including tanks and jets, to India.")
    assert ("TUR", "LBN", "07") in _pairs(
        ctx, "Turkey flew 30 tonnes of relief supplies, including tents, medicines and blankets, to Beirut on Monday.")


def test_an_aside_that_names_an_actor_or_has_no_destination_is_no_bridge(ctx):
    assert ("JPN", "MMR", "07") not in _pairs(
        ctx, "Japan sent aid, including food and blankets, on Monday, officials in Myanmar said.")
    assert ("DEU", "FRA", "07") not in _pairs(ctx, "Germany sent weapons, including tanks made by France, to Ukraine.")
