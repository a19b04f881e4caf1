"""Codebook coverage of roots 03, 04, 08, 11 and 16 in the second and third most natural ways wire
news says each act (issue 12, branch ``cover6``), built code by code from the CAMEO definitions and
the verbs and nouns PETRARCH2's dictionary files under each code: phrasal and idiomatic verbs ("took
("handed a protest note to", "cut the staff of its embassy"), and nominal objects ("halted
intelligence sharing with"). Each act has sentences with other actors (states, capitals, leaders,
IGOs, armed groups); the guards at the end must give no event of the root (a negation, a forecast,
another sense of the word). Sentences written for these tests; the ones asserting an act fail on
main at 69eb281."""

import pytest

from coding_support import agent_codes, has_event


CASES = [
    # root 11: phrasal and idiomatic disapproval ("hit back at" stays force: test_root_choice2)
    ('111', 'GRC', 'TUR', "Greece took exception to remarks by Turkey's president on Tuesday."),
    ('111', 'IGOAFR', 'SDN', "The African Union took strong exception to Sudan's remarks on the peace plan."),
    ('111', 'CHN', 'CAN', "Beijing bristled at Canada's comments on its human rights record."),
    ('111', 'PSE', 'EGY', "Hamas bristled at Egypt's proposal on Monday."),
    ('111', 'KEN', 'UGA', "Kenya's president called out Uganda on Tuesday for its trade barriers."),
    ('111', 'IGOEUR', 'HUN', "The European Commission called out Hungary over its media law."),
    ('111', 'IRN', 'USA', "Iran's supreme leader railed against the United States in a speech on Tuesday."),
    ('111', 'PSE', 'ISR', "The Islamic Jihad railed against Israel on Sunday."),
    ('111', 'RUS', 'FIN', "The Kremlin rounded on Finland on Tuesday for joining the alliance."),
    ('111', 'BRA', 'IGOIMF', "Brazil's president tore into the International Monetary Fund on Tuesday."),
    ('111', 'CAN', 'IND', "Canada took issue with India's statement on the killing."),
    ('111', 'MEX', 'USA', "Mexico's president took issue with Washington's drug report on Monday."),
    ('110', 'POL', 'UKR', "Poland registered its displeasure with Ukraine over the grain imports."),
    ('110', 'NGA', 'GHA', "Nigeria conveyed its dissatisfaction to Ghana over the closure of shops."),
    ('112', 'IRQ', 'TUR', "Baghdad attributed the drone attack on the oil field to Turkey."),
    ('112', 'IND', 'PAK', "India linked the bombing in Kashmir to Pakistan on Wednesday."),
    ('112', 'UKR', 'RUS', "Ukraine alleged on Tuesday that Russia had deported thousands of children."),
    ('112', 'SDN', 'ARE', "Sudan's army alleged that the United Arab Emirates was arming the RSF."),
    ('112', 'PAK', 'IND', "Pakistan laid the blame for the attack at India's door on Tuesday."),
    ('114', 'JPN', 'RUS', "Japan handed a protest note to Russia over the incursion on Tuesday."),
    ('114', 'VNM', 'CHN', "Vietnam handed a formal protest to China's embassy in Hanoi."),
    ('115', 'UKR', 'RUS', "Kyiv dragged Moscow before the International Court of Justice over the downing."),
    ('115', 'GMB', 'MMR', "The Gambia hauled Myanmar before the International Court of Justice."),
    # root 16: talks halted, embassies cut, intelligence sharing stopped, funds pulled
    ('164', 'SRB', 'XKX', "Serbia shelved its talks with Kosovo on Tuesday after the border clash."),
    ('164', 'PHL', 'CHN', "The Philippines terminated talks with China on joint exploration."),
    ('164', 'IGOEUR', 'AUS', "The European Union pulled the plug on trade talks with Australia on Tuesday."),
    ('164', 'VEN', 'GUY', "Venezuela pulled the plug on its dialogue with Guyana."),
    ('164', 'PAK', 'IND', "After India's raid, Pakistan put the talks on ice on Tuesday."),
    ('161', 'GBR', 'AFG', "Britain cut the staff of its embassy in Kabul on Tuesday."),
    ('161', 'USA', 'VEN', "Washington reduced the number of diplomats at its embassy in Caracas."),
    ('161', 'RUS', 'EST', "Russia cut its diplomatic staff in Estonia by half on Tuesday."),
    ('161', 'CAN', 'IND', "Canada withdrew its diplomatic staff from India on Tuesday."),
    ('161', 'FRA', 'NER', "France pulled its embassy staff out of Niamey on Friday."),
    ('161', 'USA', 'SDN', "The United States evacuated its embassy in Khartoum on Tuesday."),
    ('161', 'ITA', 'LBY', "Italy evacuated its consulate in Benghazi as the fighting spread."),
    ('161', 'RUS', 'EST', "Russia downgraded its diplomatic presence in Estonia on Tuesday."),
    ('161', 'NLD', 'RUS', "The Netherlands scaled down its diplomatic presence in Moscow on Tuesday."),
    ('161', 'ISR', 'TUR', "Israel scaled back its embassy in Ankara on Tuesday."),
    ('161', 'CHN', 'LTU', "China ordered Lithuania to reduce the size of its embassy in Beijing."),
    ('161', 'MDA', 'RUS', "Moldova told Russia to cut the staff of its embassy in Chisinau."),
    ('160', 'POL', 'ISR', "Warsaw postponed a visit by Israel's president on Tuesday."),
    ('160', 'RUS', 'AUT', "Moscow cancelled a planned visit by Austria's foreign minister."),
    ('160', 'COL', 'USA', "Colombia stopped sharing intelligence with the United States on Tuesday."),
    ('160', 'IND', 'CAN', "India halted intelligence sharing with Canada on Tuesday."),
    ('160', 'TUR', 'SWE', "Turkey has ceased sharing information with Sweden's police."),
    ('1621', 'USA', 'NIC', "The United States blocked loans to Nicaragua at the development bank."),
    ('1621', 'CHN', 'LKA', "China vetoed new credit for Sri Lanka on Tuesday."),
    ('1621', 'DEU', 'NER', "Germany pulled funding for projects in Niger on Tuesday."),
    ('1621', 'USA', 'IGOUNORWA', "The United States withdrew its funding from UNRWA in January."),
    ('166', 'NER', 'FRA', "Niger kicked out French troops on Tuesday."),
    ('166', 'BFA', 'FRA', "Burkina Faso's junta threw out the French forces in February."),
    # root 03: openness to talks, agreeing to meet with a time between, offers to host contacts,
    # intentions and volunteering (modality.tsv)
    ('036', 'ARM', 'AZE', "Armenia signalled openness to negotiations with Azerbaijan on Tuesday."),
    ('036', 'IRN', 'USA', "Iran's foreign minister expressed openness to a dialogue with Washington."),
    ('036', 'SRB', 'XKX', "Serbia's president agreed on Tuesday to meet Kosovo's prime minister in Brussels next month."),
    ('036', 'GUY', 'VEN', "Guyana's president agreed on Sunday to meet Venezuela's leader next week."),
    ('039', 'OMN', 'IRN', "Oman stands ready to host further rounds of contacts between Tehran and Washington."),
    ('039', 'CHE', 'ARM', "Switzerland offered to host a round of consultations between Armenia and Azerbaijan."),
    ('039', 'QAT', 'USA', "Qatar volunteered to mediate between Washington and Caracas on Tuesday."),
    ('039', 'DZA', 'MLI', "Algeria volunteered to mediate between Mali's junta and the Tuareg rebels."),
    ('032', 'BRA', 'AGO', "Brazil expressed its intention to strengthen ties with Angola on Tuesday."),
    ('032', 'IGOSEAASN', 'TLS', "ASEAN announced its intention to deepen cooperation with East Timor."),
    # root 04: huddled with, had a meeting with, shuttled between, go-betweens
    ('040', 'SAU', 'QAT', "Saudi Arabia's crown prince huddled with Qatar's emir on the sidelines of the forum."),
    ('040', 'USA', 'ISR', "Washington's envoy huddled with Israeli officials on Monday."),
    ('040', 'CHN', 'PAK', "Pakistan's army chief had a meeting with China's defence minister in Beijing."),
    ('040', 'AU', 'SDN', "The African Union's envoy had talks with Sudan's army chief on Monday."),
    ('045', 'OMN', 'IRN', "Oman's foreign minister shuttled between Tehran and Washington for months."),
    ('045', 'USA', 'ISR', "The US secretary of state shuttled between Israel and Egypt this week."),
    ('045', 'KEN', 'ETH', "Kenya acted as a go-between for Ethiopia and Eritrea."),
    ('045', 'QAT', 'ISR', "Qatar served as a conduit between Hamas and Israel during the war."),
    ('045', 'NOR', 'COL', "Norway acted as a facilitator between Colombia's government and the ELN."),
    # root 08: climbing down, observers invited
    ('080', 'HUN', 'UKR', "Hungary climbed down over Ukraine's aid package on Tuesday."),
    ('080', 'TUR', 'SWE', "Turkey climbed down from its objections to Sweden's membership."),
    ('086', 'VEN', 'IGOEUR', "Venezuela invited observers from the European Union to monitor its elections."),
    ('086', 'TUN', 'IGOAFR', "Tunisia invited monitors from the African Union for the referendum."),
    # root 11, second batch: more verdict words, "critical of", angry reactions, charges and findings
    ('111', 'RUS', 'FIN', "The Kremlin called Finland's decision excessive on Tuesday."),
    ('111', 'CHN', 'USA', "Beijing described the new US tariffs as discriminatory."),
    ('111', 'PAK', 'IND', "Pakistan said India's move was counterproductive."),
    ('111', 'PSE', 'ISR', "Hamas called Israel's response disproportionate."),
    ('111', 'KEN', 'TZA', "Kenya's foreign minister was sharply critical of Tanzania on Tuesday."),
    ('111', 'AFG', 'PAK', "The Taliban have been highly critical of Pakistan's deportations."),
    ('111', 'GHA', 'NGA', "Ghana reacted angrily to Nigeria's decision to close the border."),
    ('111', 'SRB', 'HRV', "Serbia responded sharply to Croatia's remarks on Tuesday."),
    ('112', 'AZE', 'ARM', "Azerbaijan charged that Armenia had violated the ceasefire."),
    ('112', 'VEN', 'COL', "Caracas charged that Bogota was sheltering the plotters."),
    ('112', 'RUS', 'UKR', "Russia's accusation that Ukraine shelled the plant was rejected by Kyiv."),
    ('112', 'IRN', 'ISR', "Iran's allegation that Israel was behind the blast could not be verified."),
    ('116', 'IGOICC', 'MNG', "Judges at the International Criminal Court found that Mongolia had breached its obligations."),
    ('116', 'IGOUNOICJ', 'SRB', "The International Court of Justice ruled that Serbia had violated the genocide convention."),
    # roots 16, 03, 04, 08, second batch
    ('160', 'IRQ', 'TUR', "Iraq put its relations with Turkey on hold on Tuesday."),
    ('160', 'MAR', 'DEU', "Morocco put its ties with Germany on hold in March."),
    ('163', 'IND', 'RUS', "India stopped buying Russian oil in March."),
    ('163', 'TUR', 'IRN', "Turkey stopped buying Iranian oil on Monday."),
    ('160', 'PRY', 'TWN', "Paraguay revoked its recognition of Taiwan on Tuesday."),
    ('160', 'KEN', 'ESH', "Kenya withdrew its recognition of the Sahrawi Republic."),
    ('161', 'LVA', 'RUS', "Latvia kicked out 10 Russian diplomats on Tuesday."),
    ('161', 'NER', 'FRA', "Niger sent home the French ambassador on Tuesday."),
    ('161', 'MLI', 'DNK', "Mali sent home Denmark's envoy on Tuesday."),
    ('163', 'FIN', 'RUS', "Finland closed all its crossing points on the Russian border on Tuesday."),
    ('163', 'PAK', 'AFG', "Pakistan sealed the Torkham crossing with Afghanistan on Tuesday."),
    ('160', 'IGOSEAASN', 'MMR', "ASEAN left Myanmar's junta chief out of its summit on Tuesday."),
    ('036', 'ETH', 'EGY', "Ethiopia floated the idea of talks with Egypt on Tuesday."),
    ('036', 'USA', 'PRK', "Washington raised the possibility of a summit with North Korea's leader."),
    ('036', 'CHL', 'BOL', "Chile held out the prospect of a meeting with Bolivia's president."),
    ('042', 'IND', 'LKA', "India's foreign minister wrapped up a two-day visit to Sri Lanka on Tuesday."),
    ('042', 'TUR', 'IRQ', "Turkey's foreign minister cut short a visit to Iraq on Tuesday."),
    ('087', 'ISR', 'PSE', "Israel called off its offensive in Rafah on Tuesday."),
    ('087', 'SDN', 'SDN', "Sudan's army called off its assault on Omdurman on Friday."),
    # nominals of root 08: easing of restrictions or sanctions
    ('081', 'ISR', 'PSE', "Israel's easing of restrictions on Gaza drew praise from Egypt."),
    ('081', 'RUS', 'GEO', "Moscow's relaxation of curbs on Georgian truck drivers was welcomed in Tbilisi."),
    ('085', 'USA', 'VEN', "Washington's easing of sanctions on Venezuela's oil sector lifted prices."),
    ('085', 'IGOEUR', 'BLR', "The EU's easing of sanctions against Belarus drew criticism."),
    # contacts cut (160), concessions made (080)
    ('160', 'SRB', 'XKX', "Serbia cut off contact with Kosovo's government on Tuesday."),
    ('160', 'MLI', 'IGOWAFECO', "Mali's junta suspended all contacts with ECOWAS on Tuesday."),
    ('080', 'ISR', 'PSE', "Israel made concessions to Hamas on Tuesday to secure the hostages' release."),
    ('080', 'GRC', 'MKD', "Greece made major concessions to North Macedonia over the name."),
]


@pytest.mark.parametrize("code,source,target,text", CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_the_act_is_coded(ctx, code, source, target, text):
    coded = agent_codes(ctx, text)
    assert has_event(coded, source, target, code), coded


def test_calling_out_troops_is_no_criticism(ctx):
    """Another sense of "call out" gives no root-11 event."""
    coded = agent_codes(ctx, "Ecuador's president called out the army to patrol the streets of Guayaquil.")
    assert not any(c.startswith("11") for _, _, c in coded), coded


def test_a_negated_protest_note_is_no_complaint(ctx):
    coded = agent_codes(ctx, "Japan did not hand a protest note to Russia on Tuesday.")
    assert not any(c == "114" for _, _, c in coded), coded


def test_talks_not_shelved_and_other_senses_give_no_reduced_relations(ctx):
    """A negation, a forecast and another sense of the word give no root-16 event."""
    for text in ("Serbia said it would not shelve its talks with Kosovo.",
                 "Nigeria's ministry shelved plans for a new stadium in Lagos.",
                 "Kenya evacuated residents from the flooded areas of Nairobi.",
                 "Officials said Britain may cut the staff of its embassy in Kabul next year.",
                 "The Kremlin denied that it had stopped sharing intelligence with Turkey."):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith("16") for _, _, c in coded), (text, coded)


def test_a_refusal_or_no_intention_gives_no_intent(ctx):
    for text in ("Serbia's president refused to meet Kosovo's prime minister on Tuesday.",
                 "Pakistan has no intention to resume talks with India, its foreign minister said.",
                 "The two sides said they had no intention to mediate between Russia and Ukraine."):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith("03") for _, _, c in coded), (text, coded)


def test_planes_and_airlines_make_no_visit_or_mediation(ctx):
    for text in ("Military transport planes from Japan touched down in Fiji on Monday with water.",
                 "Oman's airline shuttled between Muscat and Dubai for years."):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith("04") for _, _, c in coded), (text, coded)


def test_no_climb_down_and_no_invited_observers_when_denied(ctx):
    for text in ("Hungary did not climb down over Ukraine's aid package.",
                 "Venezuela refused to invite observers from the European Union."):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith("08") for _, _, c in coded), (text, coded)


def test_other_senses_of_critical_and_charged_give_no_disapproval(ctx):
    for text in ("Kenya's minister said the army was critical of the plan.",
                 "The firm charged that fees were too high."):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith("11") for _, _, c in coded), (text, coded)


def test_negated_or_forecast_second_batch_gives_nothing(ctx):
    for text, root in (("India did not stop buying Russian oil.", "16"),
                       ("The army closed the checkpoint near Jenin for repairs.", "16"),
                       ("Analysts said Israel could call off its offensive in Rafah.", "08"),
                       ("Ukraine said it would not put its talks with Hungary on hold.", "16")):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith(root) for _, _, c in coded), (text, coded)


def test_a_ruled_out_or_denied_easing_is_no_yield(ctx):
    for text in ("The easing of restrictions on Gaza was not discussed, officials in Cairo said.",
                 "Moscow ruled out any easing of sanctions on Georgia."):
        coded = agent_codes(ctx, text)
        assert not any(c.startswith("08") for _, _, c in coded), (text, coded)


def test_concessions_refused_or_granted_in_trade_are_no_yield(ctx):
    """A refusal is root 12; trade concessions granted stay material cooperation (061)."""
    coded = agent_codes(ctx, "Kenya said it would not make concessions to Somalia.")
    assert not any(c.startswith("08") for _, _, c in coded), coded
    coded = agent_codes(ctx, "The EU granted trade concessions to Ukraine on Tuesday.")
    assert has_event(coded, "IGOEUR", "UKR", "061") and not any(c.startswith("08") for _, _, c in coded), coded


def test_a_verb_between_had_and_talks_is_no_meeting(ctx):
    """"had suspended talks with" is a suspension, not "had talks with"."""
    coded = agent_codes(ctx, "Kenya's foreign minister announced that the government had suspended talks with Somalia.")
    assert not any(c.startswith("04") for _, _, c in coded), coded
