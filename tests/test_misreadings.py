"""General misreadings found when the coder was tried as a new user would (issue 12, point 5)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def _roots(ctx, text):
    return {(s, t, c[:2]) for s, t, c in _events(ctx, text)}


# 1. a strike led by a weapon or means word is an attack, not a labour action


def test_a_drone_strike_staged_is_no_labour_strike(ctx):
    events = _roots(ctx, "Turkey staged a drone strike on Kurdish positions in Iraq on Tuesday.")
    assert not any(code == "14" for _, _, code in events)


def test_an_air_strike_called_in_is_no_labour_strike(ctx):
    events = _roots(ctx, "Kenya's army called in an air strike on al-Shabaab camps in Somalia.")
    assert not any(code == "14" for _, _, code in events)


def test_a_pre_emptive_strike_is_an_attack(ctx):
    events = _roots(ctx, "Ethiopia held a pre-emptive strike against Eritrea on Sunday.")
    assert not any(code == "14" for _, _, code in events)


def test_suspending_air_strikes_halts_an_offensive_not_a_protest(ctx):
    events = _events(ctx, "Saudi Arabia suspended its air strikes on Yemen on Friday.")
    assert ("SAU", "YEM", "087") in events
    assert not any(code == "082" for _, _, code in events)


def test_a_plain_strike_called_by_unions_stays_a_labour_strike(ctx):
    assert ("GHA", "GHA", "143") in _events(ctx, "Teachers' unions in Ghana called a strike on Monday.")


# 2. the place of an opening participle clause is not listed with the main clause's subject


def test_the_visited_capital_is_not_a_second_subject(ctx):
    events = _events(ctx, "Visiting Tokyo, Albanese held talks with Ishiba on Friday.")
    assert ("AUS", "JPN", "042") in events
    assert not any(s == t == "JPN" for s, t, _ in events)


def test_a_list_in_the_opening_clause_stays_out_of_the_subject(ctx):
    events = _events(ctx, "Touring Nairobi and Mombasa, Lula held talks with Ruto.")
    assert ("BRA", "KEN", "042") in events
    assert not any(s == t == "KEN" for s, t, _ in events)


def test_a_real_list_of_subjects_still_acts_together(ctx):
    events = _roots(ctx, "Belgium, Slovenia and Malta recognised Palestine on Tuesday.")
    assert {("BEL", "PSE", "05"), ("SVN", "PSE", "05"), ("MLT", "PSE", "05")} <= events


# 3. a verb coordinated after the earlier verb's complement shares the earlier subject


def test_a_vow_after_blame_for_a_killing_is_the_blamer_s(ctx):
    events = _roots(ctx, "Iraq blamed Turkey for the killing and vowed revenge.")
    assert ("IRQ", "TUR", "13") in events
    assert ("TUR", "IRQ", "13") not in events


def test_a_summons_after_criticism_over_a_visit_is_the_critic_s(ctx):
    events = _roots(ctx, "Seoul criticised Tokyo over the shrine visit and summoned its ambassador.")
    assert ("KOR", "JPN", "11") in events
    assert not any(s == "JPN" and c == "11" for s, _, c in events)


# 4. a reaction to "the attack by X" is aimed at X


def test_condemning_an_attack_by_forces_targets_their_state(ctx):
    events = _roots(ctx, "Mozambique condemned the attack by Rwandan troops on Tuesday.")
    assert ("MOZ", "RWA", "11") in events


def test_an_unknown_person_described_by_an_appositive_condemns_the_agent(ctx):
    events = _roots(ctx, "Hamid Noori, a former member of the Iraqi parliament, condemned the raid by Turkish "
                         "forces.")
    assert ("IRQ", "TUR", "11") in events


def test_the_agent_wins_over_a_place_after_it(ctx):
    events = _roots(ctx, "Somalia condemned the air strike by Ethiopia in Gedo.")
    assert ("SOM", "ETH", "11") in events
    assert ("SOM", "SOM", "11") not in events


def test_a_means_after_by_is_no_target(ctx):
    events = _roots(ctx, "Yemen condemned the attack by drones on its port.")
    assert not any(c == "11" and t not in ("YEM",) for _, t, c in events)


# 5. many noncombatants killed is a mass killing (202)


def test_dozens_of_villagers_killed_is_a_mass_killing(ctx):
    assert ("MLI", "MLI", "202") in _events(ctx, "Malian soldiers killed dozens of villagers in Mopti on Sunday.")


def test_a_number_of_civilians_killed_in_the_passive(ctx):
    events = _events(ctx, "At least 26 civilians, most of them herders, were killed by Chadian troops on Friday.")
    assert ("TCD", "TCD", "202") in events


def test_a_few_civilians_killed_stay_an_assault_or_an_attack(ctx):
    events = _events(ctx, "Malian soldiers killed six villagers in Mopti on Sunday.")
    assert any(c in ("180", "190") for _, _, c in events)
    assert not any(c == "202" for _, _, c in events)


def test_soldiers_killed_in_numbers_are_no_mass_killing(ctx):
    events = _events(ctx, "Militants killed 40 soldiers in an ambush in Burkina Faso.")
    assert not any(c == "202" for _, _, c in events)


def test_the_toll_of_fighting_is_no_mass_killing(ctx):
    events = _events(ctx, "Fighting between the army and rebels killed dozens of people in Goma, Congo said.")
    assert not any(c == "202" for _, _, c in events)


def test_the_toll_of_bombings_in_a_relative_clause_keeps_the_bombing(ctx):
    events = _events(ctx, "Al-Shabaab claimed two bombings that killed 30 civilians in Mogadishu on Friday.")
    assert not any(c == "202" for _, _, c in events)
