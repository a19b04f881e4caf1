"""Recall on roots 09-17 in international news (issue 12, branch ``recall12b``): the constructions
wire news uses for conflictual verbal and material acts that the coder missed, built code by code
from the CAMEO definitions: sanctions widened or stepped up, exercises carried out, answers "in
kind", motives questioned, pressure resisted, requests stonewalled. Sentences written for these
tests, with other actors than the rules' examples; the guards give no event of the root."""

import pytest

from coding_support import agent_codes, has_event

CASES = [
    ('163', 'GBR', 'IRN', "Britain tightened its sanctions on Iran's central bank on Wednesday."),
    ('163', 'USA', 'CUB', "The United States toughened its embargo against Cuba in June."),
    ('163', 'JPN', 'PRK', "Japan stepped up its sanctions against North Korea after the launch."),
    ('163', 'CAN', 'MMR', "Canada expanded its asset freeze on Myanmar's generals on Friday."),
    ('150', 'KOR', 'PRK', "South Korea carried out live-fire drills near the border with North Korea."),
    ('150', 'IRN', 'ARE', "Iran's navy carried out exercises near the Emirati islands on Sunday."),
    ('130', 'RUS', 'LVA', "Moscow promised to respond in kind to Latvia's expulsions."),
    ('111', 'IND', 'CAN', "India's foreign minister questioned the credibility of Canada's allegations."),
    ('124', 'AZE', 'FRA', "Azerbaijan resisted pressure from France over the corridor."),
    ('120', 'VEN', 'GUY', "Venezuela stonewalled Guyana's request for a border commission."),
    ('163', 'USA', 'VEN', "The United States placed sanctions on two Venezuelan oil firms on Monday."),
    ('163', 'NZL', 'RUS', "New Zealand slapped travel bans on a dozen Russian officials."),
    ('105', 'TUR', 'SWE', "Sweden was told by Turkey on Tuesday to drop its support for the Kurdish militia."),
    ('1053', 'USA', 'IRN', "Iran was ordered by the United States to free the detained sailors within a day."),
    ('129', 'AUT', 'IGOEUR', "Austria blocked the release of 300 million euros from an EU fund on Thursday."),
    ('130', 'RUS', 'MDA', "Moscow said Chisinau would face retaliation over the expulsions."),
    ('163', 'USA', 'IND', "Washington struck India from its list of preferred trading partners on Monday."),
    ('130', 'PRK', 'KOR', "Seoul resumed its loudspeaker broadcasts, and Pyongyang said it would respond decisively."),
    ('130', 'IRN', 'GBR', "Britain seized an Iranian tanker off Gibraltar on Thursday. Tehran vowed to respond."),
]


@pytest.mark.parametrize("code,source,target,text", CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_the_act_is_coded(ctx, code, source, target, text):
    coded = agent_codes(ctx, text)
    assert has_event(coded, source, target, code), coded


def test_responding_in_kind_by_an_act_leaves_only_the_act(ctx):
    """"responded in kind, expelling ...": the expulsion is the act, no threat beside it."""
    coded = agent_codes(ctx, "Hungary responded in kind on Friday, expelling two Slovak diplomats.")
    assert has_event(coded, "HUN", "SVK", "161") and not any(c.startswith("13") for _, _, c in coded), coded


def test_other_senses_give_no_sanction_or_drill(ctx):
    for text in ("The company expanded its sanctions compliance team in London.",
                 "Kenya carried out a census of its livestock in March.",
                 "Officials said Britain might tighten its sanctions on Iran next year."):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith(("15", "16")) for _, _, c in coded), (text, coded)


def test_an_arrest_abroad_with_no_doer_named_is_the_host_states(ctx):
    """"were detained in Tehran": the authorities of the place hold them, whoever they are."""
    for text, source, target in (("Three Dutch nationals were arrested in Venezuela on Sunday.", "VEN", "NLD"),
                                 ("An Australian writer has been detained in Beijing since January.", "CHN", "AUS")):
        coded = agent_codes(ctx, text)
        assert has_event(coded, source, target, "173"), (text, coded)


def test_a_drone_attack_on_foreigners_with_no_doer_stays_unclaimed(ctx):
    coded = agent_codes(ctx, "A drone attack on a convoy in Mali killed three Chinese engineers on Monday.")
    assert not any(s.startswith("MLI") and t.startswith("CHN") for s, t, _ in coded), coded


def test_a_response_to_a_question_is_no_threat(ctx):
    for text in ("Asked about the report, the ministry said it would respond later.",
                 "Canada said it would respond to the letter from China next week."):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith("13") for _, _, c in coded), (text, coded)


def test_an_inquiry_with_no_one_named_is_into_the_place_or_at_home(ctx):
    """An inquiry into what happened in a place is into its state; a state's own inquiry into an
    act, with no other state in the sentence, is domestic; a body's with no place has no target."""
    for text, source, target in (
            ("The WHO opened an investigation into the deaths of patients in Tanzania on Friday.", "IGO", "TZA"),
            ("Spain's prosecutors opened an inquiry into the attack on the railway on Monday.", "ESP", "ESP")):
        coded = agent_codes(ctx, text)
        assert any(s.startswith(source) and t.startswith(target) and c.startswith("09") for s, t, c in coded), (text, coded)
    for text in ("The Red Cross opened an investigation into the attack on its convoy.",
                 "Portuguese police seized a Liberian-flagged tanker and opened an investigation into smuggling.",
                 "The state prosecutor said it had opened an investigation."):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith("09") and s[:3] == t[:3] for s, t, c in coded), (text, coded)


def test_a_veto_with_no_target_is_cast_at_the_un(ctx):
    for text, source in (("A draft on the Sahel was vetoed by Russia at the UN on Thursday.", "RUS"),
                         ("France and Britain cast vetoes on Monday as the Security Council split.", "FRA")):
        coded = agent_codes(ctx, text)
        assert any(s.startswith(source) and t.startswith("IGOUNO") and c == "129" for s, t, c in coded), (text, coded)
    coded = agent_codes(ctx, "Hungary vetoed the EU's statement on Monday.")
    assert not any(t.startswith("IGOUNO") for _, t, _ in coded), coded


def test_a_bare_ministry_under_a_dateline_is_that_states(ctx):
    """"NAIROBI - The foreign ministry summoned ...": the dateline's government; with no dateline, none."""
    coded = agent_codes(ctx, "NAIROBI - The foreign ministry summoned Uganda's envoy on Friday over the border raid.")
    assert has_event(coded, "KEN", "UGA", "114"), coded
    coded = agent_codes(ctx, "HANOI (Reuters) - Chinese ships rammed a fishing boat, and the government summoned "
                             "China's ambassador on Monday.")
    assert has_event(coded, "VNM", "CHN", "114"), coded
    coded = agent_codes(ctx, "The foreign ministry summoned Uganda's envoy on Friday over the border raid.")
    assert not any(c == "114" for _, _, c in coded), coded


def test_people_listed_after_an_unnamed_object_are_the_targets(ctx):
    """"detained nine foreigners, including five Chileans": the list names whom the act fell on."""
    coded = agent_codes(ctx, "Algeria said it had arrested eleven foreigners, including three Malians and two Nigeriens.")
    assert has_event(coded, "DZA", "MLI", "173") and has_event(coded, "DZA", "NER", "173"), coded
    coded = agent_codes(ctx, "Russia said it had detained six foreign nationals, including citizens of Latvia and "
                             "Estonia, on Monday.")
    assert has_event(coded, "RUS", "LVA", "173") and has_event(coded, "RUS", "EST", "173"), coded


def test_an_official_arrested_with_no_doer_or_place_is_held_at_home(ctx):
    coded = agent_codes(ctx, "Former Zambian finance minister Jane Mwale was arrested on fraud charges on Tuesday.")
    assert has_event(coded, "ZMB", "ZMB", "173"), coded
    coded = agent_codes(ctx, "A Japanese businessman was detained on Tuesday.")
    assert not any(c == "173" for _, _, c in coded), coded


def test_concern_conveyed_and_nationals_sent_home(ctx):
    coded = agent_codes(ctx, "Manila conveyed its serious concern to Beijing on Friday over the water cannon attack.")
    assert has_event(coded, "PHL", "CHN", "114"), coded
    coded = agent_codes(ctx, "Kuwait sent 800 Filipino workers home on Sunday.")
    assert has_event(coded, "KWT", "PHL", "174"), coded
    for text in ("India sent its citizens home from Sudan on Monday.",
                 "The factory sent its workers home early because of the storm."):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith("17") for _, _, c in coded), (text, coded)


def test_both_countries_are_two_states_not_a_bloc_nor_the_doer(ctx):
    """"... while the leaders of the Quad met, ... Seoul had conveyed its concerns to both countries":
    the two states named before, not the bloc, and not Seoul."""
    coded = agent_codes(ctx, "Chinese and Russian bombers flew near Korea on Tuesday while the leaders of the Quad met "
                             "in Seoul, and Korea's defence minister said Seoul had conveyed its grave concerns to "
                             "both countries.")
    assert has_event(coded, "KOR", "CHN", "114") and has_event(coded, "KOR", "RUS", "114"), coded
    assert not any(t.startswith("IGO") for _, t, _ in coded), coded


def test_a_call_to_free_ones_own_people_held_abroad_is_addressed_to_the_captor(ctx):
    coded = agent_codes(ctx, "Canada demanded the release of three Canadian engineers detained in Sudan since March.")
    assert has_event(coded, "CAN", "SDN", "1053") and not any(t.startswith("CAN") for _, t, _ in coded), coded
    coded = agent_codes(ctx, "Spain called for the release of a Spanish journalist jailed in Belarus.")
    assert has_event(coded, "ESP", "BLR", "0253"), coded


def test_people_held_without_charge_in_a_state_are_held_by_it(ctx):
    coded = agent_codes(ctx, "Athens demanded the release of Nikos Papas, a Greek sailor held without charge in Libya.")
    assert has_event(coded, "GRC", "LBY", "1053"), coded


def test_blocking_the_release_of_a_film_is_no_veto(ctx):
    coded = agent_codes(ctx, "Police blocked the release of the film in Lagos.")
    assert not any(c.startswith("12") for _, _, c in coded), coded


def test_others_saying_a_state_will_face_consequences_is_no_threat(ctx):
    for text in ("Analysts said Israel would face consequences at the polls.",
                 "Iran said it would face consequences if the deal collapsed."):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith("13") for _, _, c in coded), (text, coded)


def test_removal_from_a_blacklist_stays_an_easing(ctx):
    coded = agent_codes(ctx, "The United States removed Sudan from its list of state sponsors of terrorism.")
    assert has_event(coded, "USA", "SDN", "081") and not any(c.startswith("16") for _, _, c in coded), coded
