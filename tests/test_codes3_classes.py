"""Constructions found on the per-code sentences (issue 12, branch codes3); our own sentences."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.code, e.target.primary) for e in doc.events}


def _roots(ctx, text):
    return {(s, c[:2], t) for s, c, t in _codes(ctx, text)}


def test_unions_prisoners_looters_and_thugs_are_role_actors(ctx):
    assert ("ZMB", "13", "ZMB") in _roots(ctx, "Trade unions in Lusaka threatened on Monday a general strike over bread prices.")
    assert ("KEN", "14", "KEN") in _roots(ctx, "Inmates at a prison in Nairobi began a hunger strike on Monday.")
    assert ("UGA", "18", "UGA") in _roots(ctx, "Thugs in Kampala beat four journalists on Monday.")


def test_a_fronted_passive_with_a_particle_before_by(ctx):
    # the pattern's object opens the sentence, and a particle stands between the verb and "by"
    assert ("IND", "2042", "IND") in _codes(ctx, "A nuclear test was carried out by India on Monday.")
    assert ("IND", "2042", "IND") not in _codes(ctx, "A nuclear test was carried out in the desert on Monday.")


def test_a_fronted_passive_keeps_the_patterns_preposition_after_the_verb(ctx):
    # "fire+ on * protester~": the object opens the sentence, "on" stays after the verb
    assert ("NPL", "17", "NPL") in _roots(ctx, "Protesters in Kathmandu were fired on by police on Monday.")
    assert ("NPL", "17", "NPL") not in _roots(ctx, "Protesters in Kathmandu were cheered on by police on Monday.")


def test_a_capital_after_aimed_at_is_addressed_not_a_place(ctx):
    assert ("CHN", "150", "PHL") in _codes(ctx, "China staged air exercises on Thursday in a display of strength aimed at Manila.")


def test_a_fronted_passive_with_a_weekday_before_by(ctx):
    assert ("ARG", "14", "ARG") in _roots(ctx, "The main bridges in Rosario were blocked on Monday by farmers.")
    assert ("RUS", "150", "NATO") in _codes(ctx, "Russian bombers flew over the Baltic on Monday in a show of force aimed at NATO.")


def test_general_before_strike_is_an_adjective_not_an_army_general(ctx):
    assert ("ZMB", "133", "ZMB") in _codes(ctx, "Trade unions in Lusaka threatened on Monday a general strike over bread prices.")
    assert ("NGA", "143", "NGA") in _codes(ctx, "Traders in Kano closed their shops on Monday in a general strike.")
    assert ("NGA", "14", "NGA") in _roots(ctx, "Shopkeepers in Kano shut their stalls on Monday in a strike over taxes.")
