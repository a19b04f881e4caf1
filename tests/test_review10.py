"""Review of the merged changes since 5427728 (branch review10): rules that fired wider than their
docstrings say, and a docstring the code did not follow; sentences of ours."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.code, e.target.primary) for e in doc.events}


# captured_place: only a place that is the capture's object is territory occupied (192)

def test_a_place_captured_is_territory_occupied(ctx):
    assert ("COD", "192", "COD") in _codes(ctx, "Congolese rebels captured Bunia on Friday.")


def test_things_captured_near_a_place_are_no_territory(ctx):
    found = _codes(ctx, "Congolese rebels captured weapons and ammunition near Bunia on Friday.")
    assert not any(code == "192" for _, code, _ in found), found


def test_a_person_captured_in_a_place_is_no_territory(ctx):
    found = _codes(ctx, "Congolese rebels captured Dr Kabeya in Bunia on Friday.")
    assert not any(code == "192" for _, code, _ in found), found


# 100/told-by: a demand in the passive needs what is demanded ("to ...", "that it must ...")

def test_told_by_with_news_is_no_demand(ctx):
    found = _codes(ctx, "Zambia was told by the IMF on Monday that its debt was unsustainable.")
    assert not any(code[:2] == "10" for _, code, _ in found), found


def test_told_by_to_act_is_a_demand(ctx):
    found = _codes(ctx, "Zambia was told by the IMF on Monday to cut fuel subsidies.")
    assert any(src == "IMF" and code[:2] == "10" and tgt == "ZMB" for src, code, tgt in found), found


def test_told_by_that_it_must_is_a_demand(ctx):
    found = _codes(ctx, "Zambia was told by the IMF on Monday that it must cut fuel subsidies.")
    assert any(src == "IMF" and code[:2] == "10" and tgt == "ZMB" for src, code, tgt in found), found


# inquiries: a body's inquiry into what happened in a town is into the town's state

def test_a_bodys_inquiry_into_events_in_a_town_targets_its_state(ctx):
    found = _codes(ctx, "The OPCW opened an investigation into the use of chlorine in Homs.")
    assert any(src == "OPCW" and code[:2] == "09" and tgt == "SYR" for src, code, tgt in found), found


def test_a_states_inquiry_into_a_strike_in_a_foreign_town_is_not_given_the_town(ctx):
    found = _codes(ctx, "Turkey launched an inquiry into the strike that killed aid workers in Homs.")
    assert not any(code[:2] == "09" and tgt == "SYR" for _, code, tgt in found), found


# 057/announce-deal (announce+ ... agreement): a withdrawal announced is no agreement

def test_an_announced_withdrawal_from_an_agreement_is_no_agreement(ctx):
    found = _codes(ctx, "Bolivia announced its withdrawal from the fisheries agreement with Chile on Monday.")
    assert not any(code[:2] in ("05", "06") for _, code, _ in found), found
    assert ("BOL", "160", "CHL") in found, found


def test_an_announced_agreement_is_still_one(ctx):
    assert ("BOL", "057", "CHL") in _codes(ctx, "Bolivia and Chile announced a fisheries agreement on Monday.")


# 163/impose-sanctions took 'place+' for its whole list, duties included

def test_troops_placed_on_duty_are_no_sanction(ctx):
    found = _codes(ctx, "The Chadian army placed 500 soldiers on duty near the border with Sudan.")
    assert not any(code == "163" for _, code, _ in found), found


def test_sanctions_placed_on_a_state(ctx):
    assert ("CAN", "163", "IRN") in _codes(ctx, "Canada placed fresh sanctions on Iran on Tuesday.")


# 070/provide-aid took 'rush+|airlift+|fly+' for 'help' too

def test_a_leader_who_flew_somewhere_to_help_mediate_gives_no_aid(ctx):
    found = _codes(ctx, "Angolan President Lourenco flew to Kinshasa to help mediate between Congo and Rwanda.")
    assert not any(code[:2] == "07" for _, code, _ in found), found


def test_aid_airlifted_to_a_state(ctx):
    found = _codes(ctx, "Egypt airlifted aid to Libya on Tuesday.")
    assert any(src == "EGY" and code[:2] == "07" and tgt == "LBY" for src, code, tgt in found), found


# a rule of the passive ("<participle> by", flag rev) reads its mood from the auxiliaries before it

def test_a_passive_demand_negated_is_no_demand(ctx):
    found = _codes(ctx, "Zambia was not told by the IMF to cut fuel subsidies.")
    assert not any(code[:2] == "10" for _, code, _ in found), found


def test_a_passive_demand_that_may_come_is_not_asserted(ctx):
    found = _codes(ctx, "Zambia may be told by the IMF to cut fuel subsidies.")
    assert not any(code[:2] == "10" for _, code, _ in found), found
