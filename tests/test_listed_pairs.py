"""Actors and pairs on unseen news (issue 12, branch ``pairs2``): sentences written for these tests."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_a_reaction_to_what_a_list_did_answers_every_member(ctx):
    """"A, B and C did X. D condemned X": D condemned all three (``stages/listed.py``)."""
    assert {("IRN", "GBR", "11"), ("IRN", "FRA", "11"), ("IRN", "DEU", "11")} <= _pairs(
        ctx, "Britain, France and Germany adopted a new law on Monday. Iran condemned the law.")
    assert {("POL", "RUS", "11"), ("POL", "BLR", "11")} <= _pairs(
        ctx, "Russia and Belarus began joint exercises near the Polish border on Monday. "
             "Poland condemned the exercises on Tuesday.")
    assert {("CHN", "IND", "05"), ("CHN", "PAK", "05")} <= _pairs(
        ctx, "India and Pakistan signed a water pact on Monday. China welcomed the pact.")
    assert {("PRK", "USA", "11"), ("PRK", "JPN", "11"), ("PRK", "KOR", "11")} <= _pairs(
        ctx, "The United States, Japan and South Korea opened a three-way naval drill off Jeju on Friday. "
             "North Korea condemned the drills on Sunday.")


def test_a_reaction_answers_only_the_list_that_did_it(ctx):
    # the object of the previous sentence ("with Armenia") is no doer of the plan
    pairs = _pairs(ctx, "Azerbaijan drafted a peace plan with help from Turkey on Monday. "
                        "Iran rejected the plan.")
    assert ("IRN", "AZE", "12") in pairs
    assert ("IRN", "TUR", "12") not in pairs
    # a possessor in the list is not a doer: "Russia's and ..." stays one actor
    pairs = _pairs(ctx, "Brazil passed a new law on Monday, Argentina's envoy said. Chile condemned the law.")
    assert ("CHL", "ARG", "11") not in pairs


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_visiting_marks_the_guest_and_the_listed_state_is_the_host(ctx):
    """"Visiting X and Y agreed", "Y and visiting X agreed": X came to Y (``stages/visiting.py``)."""
    codes = _codes(ctx, "Visiting Japanese Prime Minister Fumio Kishida and President Joe Biden agreed on "
                        "Wednesday to deepen defence ties.")
    assert ("JPN", "USA", "042") in codes
    codes = _codes(ctx, "President Joe Biden and visiting Japanese Prime Minister Fumio Kishida agreed on "
                        "Wednesday to deepen defence ties.")
    assert ("JPN", "USA", "042") in codes and ("USA", "JPN", "042") not in codes
    codes = _codes(ctx, "Brazil's president and the visiting Chilean president agreed on Monday to expand "
                        "trade ties.")
    assert ("CHL", "BRA", "042") in codes and ("BRA", "CHL", "042") not in codes


def test_visiting_without_a_listed_host_names_no_visit(ctx):
    # the guest alone: the list gives no host, so no visit is invented
    assert not any(c[2].startswith("04") for c in _codes(
        ctx, "Visiting Japanese Prime Minister Fumio Kishida said on Wednesday that Tokyo would double its "
             "defence budget."))


def test_the_two_are_the_last_two_listed_together(ctx):
    """"A and B ...; A backed B's view on C, and the two powers ...": A and B, not B and C (``coref._listed_two``)."""
    pairs = _pairs(ctx, "Russia and China signed a partnership accord on Friday. Moscow backed Beijing's position "
                        "on Taiwan, and the two powers jointly opposed any enlargement of NATO.")
    # "Taiwan, and the two powers": the description names its own members, Taiwan is not one of them
    assert {("RUS", "NATO", "11"), ("CHN", "NATO", "11")} <= pairs and ("TWN", "NATO", "11") not in pairs
    pairs = _pairs(ctx, "Egypt and Jordan held talks in Cairo on Monday. Amman praised Cairo's plan for Gaza, "
                        "and the two countries jointly condemned Israel.")
    assert {("EGY", "ISR", "11"), ("JOR", "ISR", "11")} <= pairs
    pairs = _pairs(ctx, "Indonesia and Malaysia held talks on Monday. Jakarta welcomed Kuala Lumpur's offer on "
                        "Myanmar, and the two governments jointly urged Myanmar's junta to end the violence.")
    assert {("IDN", "MMR", "10"), ("MYS", "MMR", "10")} <= {(a, b, r[:2]) for a, b, r in pairs} or \
        {("IDN", "MMR", "02"), ("MYS", "MMR", "02")} <= pairs


def test_the_two_without_a_list_are_the_last_two_named(ctx):
    # no list of two: the last two states named stay "the two"
    pairs = _pairs(ctx, "Armenia accused Azerbaijan of shelling border villages on Monday, and the two countries "
                        "agreed to hold talks in Moscow.")
    assert ("ARM", "AZE", "04") in {(a, b, r[:2]) for a, b, r in pairs} or ("ARM", "AZE", "03") in pairs


def test_a_penalty_answering_the_same_penalty_aims_at_its_author(ctx):
    """"X did P to Y. Y hit back with P on <others>": Y's P is aimed at X (``antecedents``, tit for
    tat), even when the new penalty's own objects name other actors."""
    assert ("CHN", "EU", "16") in _pairs(
        ctx, "The European Union imposed sanctions on four Chinese officials over abuses in Xinjiang on Monday. "
             "China hit back within hours with sanctions on ten Europeans, among them five members of the "
             "European Parliament.")
    assert ("RUS", "GBR", "16") in _pairs(
        ctx, "Britain imposed sanctions on Russian banks on Tuesday. Russia retaliated on Wednesday with "
             "sanctions on dozens of journalists, among them a reporter of the United Nations news service.")
    assert ("IRN", "CAN", "16") in _pairs(
        ctx, "Canada imposed new sanctions on Iranian officials on Friday. Tehran responded with sanctions of its own "
             "on Saturday.")


def test_a_penalty_joining_another_penalty_keeps_its_target(ctx):
    # a third party's penalty after another's joins it against the same target, not against its author
    pairs = _pairs(ctx, "The African Union suspended Niger on Monday. ECOWAS imposed sanctions on Tuesday.")
    assert ("ECOWAS", "AU", "16") not in pairs


def test_a_protest_with_no_addressee_answers_the_act_before_it(ctx):
    """"X rammed Y's boats ..., and Y lodged a protest": the protest goes to X (``ant`` on 114/lodge-protest)."""
    assert ("PHL", "CHN", "11") in _pairs(
        ctx, "Chinese coast guard ships rammed two Philippine supply boats near the shoal on Sunday, the task "
             "force said, adding that Manila had lodged a diplomatic protest.")
    assert ("JPN", "RUS", "11") in _pairs(
        ctx, "Russian fighter jets entered Japanese airspace near Hokkaido on Thursday. Tokyo filed a formal "
             "protest through diplomatic channels.")
    assert ("VNM", "CHN", "11") in _pairs(
        ctx, "China deployed an oil rig in disputed waters off Vietnam's coast on Monday. Hanoi lodged a strong "
             "protest on Tuesday.")


def test_a_protest_does_not_go_to_a_mere_bystander(ctx):
    # the doer of the act protested is the addressee, not another state named with it
    pairs = _pairs(ctx, "Chinese coast guard ships rammed two Philippine supply boats on Sunday, the United "
                        "States said, adding that Manila had lodged a diplomatic protest.")
    assert ("PHL", "USA", "11") not in pairs


def test_an_act_towards_another_in_a_phone_call_puts_both_on_the_call(ctx):
    """"X apologised to Y in a telephone call": X and Y spoke (041 both ways, ``stages/calls.py``)."""
    codes = _codes(ctx, "Vladimir Putin apologised to Azerbaijan's President Ilham Aliyev in a telephone call on "
                        "Saturday for the crash of the airliner.")
    assert {("RUS", "AZE", "041"), ("AZE", "RUS", "041")} <= codes
    codes = _codes(ctx, "French President Emmanuel Macron urged Israeli Prime Minister Benjamin Netanyahu in a "
                        "phone call on Sunday to allow aid into Gaza.")
    assert {("FRA", "ISR", "041"), ("ISR", "FRA", "041")} <= codes
    codes = _codes(ctx, "Japan's prime minister thanked the Indian prime minister during a video call on Monday "
                        "for his support.")
    assert {("JPN", "IND", "041"), ("IND", "JPN", "041")} <= codes


def test_a_call_in_another_clause_or_with_no_listener_gives_no_call(ctx):
    codes = _codes(ctx, "Egypt's president said in a phone call on Sunday that Cairo rejects any displacement.")
    assert not any(c[2] == "041" for c in codes)
    codes = _codes(ctx, "Turkey condemned Israel's strike on Monday, and the Turkish president later spoke in a "
                        "phone call with reporters.")
    assert ("TUR", "ISR", "041") not in codes and ("ISR", "TUR", "041") not in codes


def test_a_nominal_act_after_whose_is_the_antecedents(ctx):
    """"X, whose visit to Y ...": X visited Y (``stages/whose.py``)."""
    codes = _codes(ctx, "Swedish Prime Minister Ulf Kristersson, whose visit to Budapest on Friday ended a long "
                        "freeze between the two governments, hailed the vote.")
    assert ("SWE", "HUN", "042") in codes
    codes = _codes(ctx, "Argentina, whose recognition of Kosovo angered Serbia, opened an office in Pristina.")
    assert ("ARG", "XKX", "054") in codes
    codes = _codes(ctx, "The Indian prime minister, whose state visit to Egypt began on Saturday, met business "
                        "leaders in Cairo.")
    assert ("IND", "EGY", "042") in codes


def test_whose_after_a_place_names_no_doer(ctx):
    codes = _codes(ctx, "Protesters gathered in Kyiv, whose recognition of the church angered Moscow, on Sunday.")
    assert ("UKR", "RUS", "054") not in codes and not any(c[0] == "UKR" and c[2] == "054" for c in codes)


def test_a_member_singled_out_of_a_group_object_is_the_target(ctx):
    """"asked its partners, and specifically X, to ...": X (``stages/including.py``)."""
    assert ("BEL", "NLD", "02") in _pairs(
        ctx, "Belgium on Tuesday asked its European partners, and specifically the Netherlands, to share "
             "intelligence on the suspects.")
    assert ("CHN", "GBR", "11") in _pairs(
        ctx, "China condemned Western countries, especially Britain, for interfering in Hong Kong.")
    assert ("IRN", "USA", "03") in _pairs(
        ctx, "Iran's president said on Tuesday he was ready for constructive engagement with the West, and in "
             "particular the United States.")


def test_a_name_after_especially_in_another_clause_is_no_target(ctx):
    # the marker comes after a verb of another clause: the member belongs to that clause
    pairs = _pairs(ctx, "China condemned the decision on Monday, and officials warned other countries, especially "
                        "Japan, against following it.")
    assert ("CHN", "JPN", "11") not in pairs


def test_a_visit_with_no_destination_is_to_the_datelines_state(ctx):
    """"KYIV - Visiting X pledged", "KYIV (Reuters) - X arrived on an unannounced visit": X visited
    Ukraine (``visiting.dateline_host``)."""
    codes = _codes(ctx, "KYIV - Visiting German Chancellor Olaf Scholz pledged more air defence systems on Tuesday.")
    assert ("DEU", "UKR", "042") in codes
    codes = _codes(ctx, "KYIV (Reuters) - German Chancellor Olaf Scholz arrived on Tuesday on an unannounced visit, "
                        "pledging more air defence systems.")
    assert ("DEU", "UKR", "042") in codes
    codes = _codes(ctx, "NEW DELHI - The visiting Japanese prime minister and his Indian counterpart signed a "
                        "defence pact on Monday.")
    assert ("JPN", "IND", "042") in codes


def test_a_visit_at_home_or_with_its_own_destination_ignores_the_dateline(ctx):
    codes = _codes(ctx, "SEOUL - North Korean leader Kim Jong Un visited a munitions factory on Tuesday.")
    assert ("PRK", "KOR", "042") not in codes
    codes = _codes(ctx, "BERLIN - German Chancellor Olaf Scholz said on Tuesday he would make a visit to China "
                        "next month.")
    assert not any(c[2] == "042" and c[1] == "DEU" for c in codes)


def test_a_nominal_act_in_an_adjunct_takes_the_verbs_subject_not_its_object(ctx):
    """"X freed Y's citizen in a swap with Y": X swapped with Y (``roles._adjunct_subject``)."""
    assert {("RUS", "USA", "08"), ("USA", "RUS", "08")} <= _pairs(
        ctx, "Russia freed an American basketball star on Thursday in a prisoner swap with the United States.")
    pairs = _pairs(ctx, "Indian troops killed three Chinese soldiers on Monday in a clash with Chinese troops in Ladakh.")
    assert ("CHN", "IND", "19") in pairs and ("CHN", "CHN", "19") not in pairs
    assert ("USA", "VEN", "08") in _pairs(
        ctx, "Venezuela released ten American prisoners on Friday in a prisoner exchange with the United States.")


def test_a_passive_verb_lends_its_subject_no_part_in_the_adjunct(ctx):
    # "were killed": the soldiers are victims; the clash is still theirs, but no state acts on itself
    pairs = _pairs(ctx, "Twenty Indian soldiers were killed in a clash with Chinese troops in Ladakh on Monday.")
    assert ("IND", "IND", "19") not in pairs and ("CHN", "CHN", "19") not in pairs


def test_the_north_and_the_south_are_the_koreas_in_a_korean_report(ctx):
    """"the South returned fire", "the North's ally" after a Korea is named (``stages/halves.py``)."""
    pairs = _pairs(ctx, "North Korea fired artillery shells at a South Korean island on Tuesday, and the South "
                        "returned fire.")
    assert ("KOR", "PRK", "19") in pairs
    pairs = _pairs(ctx, "South Korea sent food aid across the border on Monday. The North accused Seoul of provocation.")
    assert ("PRK", "KOR", "11") in pairs
    pairs = _pairs(ctx, "Seoul and Pyongyang traded accusations on Friday. China urged the North to show "
                        "restraint.")
    assert ("CHN", "PRK", "02") in pairs


def test_the_south_elsewhere_is_no_korea(ctx):
    pairs = _pairs(ctx, "Sudan's army shelled positions of the RSF on Monday. China condemned the South China "
                        "Sea patrols of the Philippines, and the South African government condemned the violence.")
    assert not any("KOR" in (a, b) or "PRK" in (a, b) for a, b, _ in pairs)
    pairs = _pairs(ctx, "Protesters in Italy clashed with police in the South on Monday, and France condemned "
                        "the South for the violence.")
    assert not any("KOR" in (a, b) for a, b, _ in pairs)


def test_a_place_of_its_own_is_no_addressee(ctx):
    """"Kyiv opened an investigation into the shelling of a school in Kharkiv": a place phrase of the
    doer's own state says where the object lies, not whom an act addressed to another is aimed at
    (``stages/selftarget.placed_on_itself``); another state's place, and force at home, stay."""
    pairs = _pairs(ctx, "Ukraine said on Tuesday it had opened an investigation into the shelling of a school "
                        "in Kharkiv.")
    assert ("UKR", "UKR", "09") not in pairs
    pairs = _pairs(ctx, "A Ukrainian court on Tuesday jailed a Russian soldier for looting, and Kyiv also opened "
                        "an investigation into the shelling of a school in Kharkiv.")
    assert ("UKR", "RUS", "17") in pairs and ("UKR", "UKR", "09") not in pairs
    assert ("POL", "UKR", "09") in _pairs(
        ctx, "Poland opened an investigation into the shelling of a hospital in Lviv on Monday.")
    assert ("KEN", "KEN", "19") in _pairs(
        ctx, "Gunmen attacked a police station in Mombasa on Tuesday, killing three officers.")


def test_in_protest_is_the_motive_of_the_act(ctx):
    """"... recalled its ambassadors from Rome and Lisbon, an unusual step in protest at ...": the
    protest is the recall's motive, not a protest of the states the envoys leave
    (``stages/selftarget.protest_as_motive``); a demonstration in protest stays."""
    pairs = _pairs(ctx, "Spain recalled its ambassadors from Rome and Lisbon on Friday, an unusual step in protest "
                        "at the cancelling of a ship contract in favour of a deal with Norway.")
    assert ("ESP", "ITA", "16") in pairs and ("ESP", "PRT", "16") in pairs
    assert ("ITA", "ITA", "14") not in pairs and ("PRT", "PRT", "14") not in pairs
