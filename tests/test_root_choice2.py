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
    (139, rule ``139/give-days-to``, built in the same form by the `verbal` round); the act it demands is not reported as done
    (``stages/embedded.py``)."""
    assert _codes(ctx, "Azerbaijan gave Armenia three days to withdraw its troops from the border.") == {
        ("AZE", "ARM", "139")}
    assert _codes(ctx, "Algeria gave France 48 hours to release the detained consular official.") == {("DZA", "FRA", "139")}
    assert _codes(ctx, "The Houthis gave the United States a week to halt its strikes on Yemen.") == {
        ("YEM", "USA", "139")}
    assert ("TUR", "SWE", "139") in _codes(ctx, "Turkey gave Sweden two weeks to hand over the suspects.")


def test_days_given_to_leave_stay_an_expulsion(ctx):
    """An envoy given hours to leave is expelled (161), not handed an ultimatum."""
    codes = _codes(ctx, "The junta in Niger gave the French ambassador 48 hours to leave the country.")
    assert ("NER", "FRA", "161") in codes and ("NER", "FRA", "139") not in codes
    codes = _codes(ctx, "Spain's envoy was declared persona non grata by Nicaragua on Monday and given 72 hours to leave.")
    assert ("NIC", "ESP", "161") in codes and not any(c == "139" for _, _, c in codes)


def test_a_light_retaliation_verb_yields_to_the_act_after_it(ctx):
    """"hit back, blacklisting ...", "retaliated by expelling ...": the act after the light verb is
    the event and answers the side named before; no generic fighting (190) beside it
    (``stages/retaliation.py``)."""
    codes = _codes(ctx, "Britain banned Russian flights. Russia hit back, banning British airlines from its airspace.")
    assert ("RUS", "GBR", "163") in codes and ("RUS", "GBR", "190") not in codes
    codes = _codes(ctx, "The EU sanctioned Iranian officials. Iran struck back by sanctioning eight EU officials.")
    assert ("IRN", "EU", "163") in codes and ("IRN", "EU", "190") not in codes
    codes = _codes(ctx, "The Czech Republic expelled two Russian diplomats. Moscow retaliated by expelling three Czech diplomats.")
    assert ("RUS", "CZE", "161") in codes and ("RUS", "CZE", "190") not in codes
    codes = _codes(ctx, "The European Union imposed sanctions on Chinese officials. China hit back within hours, "
                        "blacklisting ten Europeans.")
    assert ("CHN", "EU", "163") in codes and ("CHN", "EU", "190") not in codes


def test_hitting_back_with_force_stays_fighting(ctx):
    """The light verb alone, or followed by violence, keeps its root (19)."""
    assert ("IRN", "ISR", "19") in _roots(ctx, "Israel struck Iran. Iran hit back at Israel on Saturday.")
    assert any(s == "LBN" and t == "ISR" and r in ("18", "19") for s, t, r in _roots(
        ctx, "Israel bombed Hezbollah positions. Hezbollah hit back, firing rockets at northern Israel."))


def test_blasting_with_water_cannon_is_force_not_criticism(ctx):
    """"blasted X with water cannon": the physical sense (175, rule ``175/blast-with-water-cannon``),
    not the verbal "blasted X" (111), which stays for words."""
    assert ("CHN", "VNM", "17") in _roots(ctx, "Chinese coast guard ships blasted a Vietnamese fishing boat with water cannon.")
    assert ("CHN", "VNM", "11") not in _roots(ctx, "Chinese coast guard ships blasted a Vietnamese fishing boat with water cannon.")
    assert ("SRB", "SRB", "175") in _codes(ctx, "Serbian police sprayed the protesters with water cannon in Belgrade.")
    assert ("TUR", "TUR", "175") in _codes(ctx, "Turkish police hit the demonstrators with water cannon on Sunday.")
    assert ("CHN", "JPN", "11") in _roots(ctx, "The Chinese foreign minister blasted Japan over the remarks.")


def test_ordering_diplomats_out_is_an_expulsion(ctx):
    """"ordered Russian diplomats out of the country" is 161 (rule ``161/order-diplomats-out-of``)."""
    assert ("POL", "RUS", "161") in _codes(ctx, "Poland ordered Russian diplomats out of the country.")
    assert ("NER", "FRA", "161") in _codes(ctx, "Niger ordered the French ambassador out on Saturday.")
    assert ("LTU", "BLR", "161") in _codes(ctx, "Lithuania ordered three Belarusian diplomats out of the country on Friday.")
    # ordering troops out stays the troops' expulsion (166), not a diplomatic one
    assert ("NER", "FRA", "161") not in _codes(ctx, "Niger ordered French troops to leave the country within a month.")
