"""Codebook coverage of the weakest roots, second round (issue 12, branch ``cover5``): for the
subcodes of 05, 06, 10, 12, 15 and 17, the ways news says each act that the coder missed, from the
CAMEO definitions and the words PETRARCH2's dictionary files under each code: nominals ("China's
signing of a pact with", "Russia's veto of the resolution", "Turkey's demands on Sweden", "Israel's
refusal to hold talks with", "gas exports to", "purchases of soybeans from"), light and phrasal verbs
("ramped up cooperation", "teamed up with", "stood up for", "made demands of", "put pressure on",
"broke into networks", "carried out a cyber attack on"), and shows of force at sea and in the air
("massed warships off", "intruded into waters", "shadowed vessels", "bombers circled"); a possessor's
"demand for" a named thing (its subcode by what is demanded) and "defiance of"; "kicked out" diplomats
(161) or nationals (174); envoys and embassy staff restored (050). Every case that asserts an act
fails on main at e70fa4f but one (Rwanda's demand for the handover, coded by an older noun rule). Each guard is an unrelated sense of the words, a negation, or an act with
no state or organisation on one side, and must not give the root. Sentences written for these tests."""

import pytest

from coding_support import agent_codes, has_event


CASES = [
    ('057', 'CHN', 'SLB', "China's signing of a security pact with the Solomon Islands alarmed Australia."),
    ('057', 'EGY', 'ISR', "Cairo's signing of the gas accord with Israel was criticised at home."),
    ('057', 'IGOUNO', 'IRQ', "The UN's signing of a cooperation memorandum with Iraq came on Sunday."),
    ('060', 'JPN', 'IND', 'Japan and India ramped up cooperation on semiconductors this year.'),
    ('060', 'IGOEUR', 'IGOAFR', 'The European Union ramped up its cooperation with the African Union on migration.'),
    ('060', 'FRA', 'DEU', 'France teamed up with Germany to build a new battle tank.'),
    ('060', 'RWA', 'COD', 'Kigali has teamed up with Kinshasa to fight the Ebola outbreak.'),
    ('061', 'RUS', 'TUR', "Russia's gas exports to Turkey rose in May."),
    ('061', 'IND', 'BGD', 'Indian rice exports to Bangladesh resumed on Sunday.'),
    ('061', 'AUS', 'CHN', "Australia's coal exports to China fell sharply after the row."),
    ('061', 'CHN', 'BRA', "China's purchases of soybeans from Brazil hit a record."),
    ('061', 'EGY', 'RUS', "Egypt's imports of wheat from Russia doubled."),
    ('061', 'JPN', 'AUS', 'Japanese purchases of lithium from Australia rose.'),
    ('062', 'TUR', 'PAK', "Turkey is building four warships for Pakistan's navy."),
    ('062', 'KOR', 'PHL', 'South Korea will build two frigates for the Philippines.'),
    ('062', 'DEU', 'ISR', "Germany's shipyard is constructing submarines for Israel."),
    ('154', 'RUS', 'FIN', "Russia massed warships off Finland's coast."),
    ('154', 'CHN', 'TWN', 'Beijing amassed warplanes near Taiwan ahead of the inauguration.'),
    ('154', 'IRN', 'ARE', 'Tehran has massed vessels around the disputed islands claimed by the UAE.'),
    ('150', 'CHN', 'JPN', 'Chinese coast guard vessels intruded into Japanese waters near the islands.'),
    ('150', 'RUS', 'LTU', 'A Russian military helicopter intruded into Lithuanian airspace.'),
    ('150', 'TUR', 'GRC', 'Turkish fighter jets encroached on Greek airspace over the Aegean.'),
    ('150', 'CHN', 'PHL', 'Chinese warships shadowed Philippine vessels near the shoal.'),
    ('150', 'RUS', 'USA', 'A Russian frigate tailed a US destroyer in the Black Sea.'),
    ('150', 'GBR', 'RUS', 'The Royal Navy shadowed a Russian warship through the English Channel.'),
    ('1212', 'IND', 'USA', 'India refused to join the US-led naval coalition.'),
    ('1212', 'TUR', 'IGOWSTNAT', 'Turkey declined to join the NATO mission in the Gulf.'),
    ('1211', 'IND', 'CHN', 'India refused to join the Chinese-backed infrastructure bank.'),
    ('1211', 'ITA', 'CHN', 'Rome declined to join the Chinese-led trade bloc.'),
    ('125', 'ISR', 'PSE', "Israel's refusal to hold talks with Hamas drew criticism."),
    ('125', 'VEN', 'USA', "Caracas's refusal to resume talks with Washington stalled the process."),
    ('125', 'SRB', 'XKX', "Belgrade's refusal to attend the summit with Kosovo was noted."),
    ('129', 'RUS', 'IGOUNO', "Russia's veto of the UN resolution angered Ukraine."),
    ('129', 'USA', 'IGOUNOSEC', 'The US veto of the Security Council draft on Gaza drew criticism.'),
    ('129', 'CHN', 'IGOUNO', "Beijing's veto of a UN draft on Myanmar surprised diplomats."),
    ('100', 'TUR', 'SWE', "Turkey's demands on Sweden include extraditions."),
    ('100', 'CHN', 'PHL', "Beijing's demands on Manila over the shoal were repeated."),
    ('100', 'PSE', 'ISR', "Hamas's demands on Israel were passed on by Qatar."),
    ('100', 'CHN', 'JPN', 'China made demands of Japan over the islands.'),
    ('100', 'PRK', 'USA', 'North Korea made fresh demands on the United States.'),
    ('100', 'IGOEUR', 'HUN', 'The EU has made demands of Hungary on the rule of law.'),
    ('103', 'POL', 'DEU', 'Poland is seeking war reparations from Germany.'),
    ('103', 'NAM', 'DEU', 'Windhoek is claiming reparations from Berlin for the colonial genocide.'),
    ('103', 'UKR', 'RUS', 'Kyiv will seek compensation from Moscow for the destroyed dam.'),
    ('128', 'PRK', 'IGOUNO', 'North Korea launched a missile in defiance of UN resolutions.'),
    ('128', 'ISR', 'IGOUNOICJ', "Israel struck Gaza in defiance of the World Court's ruling."),
    ('128', 'RUS', 'IGOUNO', 'Russia annexed Crimea in defiance of UN resolutions.'),
    ('176', 'RUS', 'UKR', "Russian hackers carried out a cyber attack on Ukraine's power grid."),
    ('176', 'PRK', 'KOR', 'North Korea launched a cyber attack on South Korean banks.'),
    ('176', 'IRN', 'ISR', "Iran-linked hackers mounted a cyber assault on Israel's water system."),
    ('176', 'CHN', 'USA', 'Chinese state hackers broke into US government networks.'),
    ('176', 'RUS', 'DEU', "Russian military hackers broke into the German parliament's computer network."),
    ('176', 'PRK', 'JPN', "North Korean hackers hacked into Japanese crypto exchanges' servers."),
    ('052', 'TUR', 'AZE', 'Turkey stood up for Azerbaijan in the dispute.'),
    ('052', 'PAK', 'PSE', "Pakistan's prime minister stood up for the Palestinians at the UN."),
    ('052', 'IGOARBALE', 'QAT', 'The Arab League stood up for Qatar against the blockade.'),
    ('170', 'RUS', 'MDA', 'Russia put pressure on Moldova over the gas debt.'),
    ('170', 'USA', 'ISR', 'Washington is putting pressure on Israel to allow more aid in.'),
    ('170', 'CHN', 'LTU', "Beijing piled pressure on Lithuania over Taiwan's office."),
    # second batch: a possessor's demand for, defiance of; kicked out; restored envoys; bombers circling
    ('100', 'RUS', 'UKR', "Moscow's demand for Ukrainian neutrality was rejected."),
    ('100', 'CHN', 'JPN', "Beijing's demand for an apology from Tokyo went unanswered."),
    ('1041', 'USA', 'VEN', "Washington's demand for Maduro's resignation was repeated."),
    ('103', 'NAM', 'DEU', "Namibia's demand for reparations from Germany was debated."),
    ('1056', 'IND', 'CHN', "India's demand for a Chinese pullback from the border was rejected."),
    ('100', 'PSE', 'ISR', "Hamas's demand for guarantees from Israel held up the deal."),
    ('128', 'PRK', 'IGOUNO', "North Korea's defiance of UN sanctions continued."),
    ('128', 'IRN', 'IGOUNOIAEABOG', "Tehran's defiance of the IAEA board worried Europe."),
    ('161', 'RUS', 'GBR', 'Russia kicked out a British diplomat on Friday.'),
    ('161', 'LTU', 'BLR', 'Vilnius threw out two Belarusian envoys.'),
    ('174', 'RUS', 'DEU', 'Moscow kicked out two German journalists.'),
    ('174', 'SAU', 'ETH', 'Riyadh threw out thousands of Ethiopian migrant workers.'),
    ('050', 'IND', 'CAN', 'India and Canada agreed to reinstate their high commissioners.'),
    ('050', 'GBR', 'IRN', 'Britain and Iran will restore staff at their embassies.'),
    ('050', 'ISR', 'TUR', 'Israel restored its ambassador to Turkey.'),
    ('150', 'RUS', 'JPN', 'Russian bombers circled Japan on Tuesday.'),
    ('150', 'RUS', 'IGOWSTNAT', 'Russian drones circled NATO ships in the Baltic.'),
    ('150', 'IRN', 'USA', 'Iranian drones shadowed a US aircraft carrier in the Gulf.'),
    ('1053', 'GBR', 'IRN', "Britain's demand for the return of its sailors from Iran was rejected."),
    ('106', 'XKX', 'SRB', "Kosovo's demand for talks with Serbia was backed by the EU."),
    ('1013', 'TUR', 'SWE', "Turkey's demand for the extradition of the journalists from Sweden stalled."),
    ('1056', 'IGOUNO', 'RUS', "The UN's demand for a Russian withdrawal went unheeded."),
    ('1041', 'UKR', 'BLR', "Kyiv's demand for Lukashenko's departure was dismissed by Minsk."),
    ('1053', 'JPN', 'PRK', "Tokyo's demand for the return of the abductees from North Korea was raised again."),
    ('106', 'ARM', 'AZE', "Armenia's demand for negotiations with Azerbaijan under EU auspices was rejected."),
    ('1013', 'RWA', 'FRA', "Rwanda's demand for the handover of the genocide suspect from France was granted."),
    ('103', 'UKR', 'RUS', "Ukraine's demand for compensation from Russia was backed by the assembly."),
    # third batch, classes gold_dev7's misses showed (our sentences): drills or an exercise with another
    # state's forces are joint (062, not a show of force at them), relations raised to ambassadorial level,
    # an intelligence pact normalised, the dissolution or banning of a party or group
    ('062', 'USA', 'GEO', 'US troops began a two-week exercise with Georgian forces on Monday.'),
    ('062', 'IND', 'FRA', 'India held naval drills with France in the Arabian Sea.'),
    ('062', 'CHN', 'PAK', "Chinese marines staged a week-long exercise with Pakistan's navy."),
    ('062', 'RUS', 'BLR', 'Moscow launched drills with Minsk near the Polish border.'),
    ('062', 'ARM', 'USA', "Armenia's exercise with US troops near Yerevan angered Moscow."),
    ('062', 'EGY', 'SAU', 'Egyptian drills with Saudi forces ended on Friday.'),
    ('050', 'SAU', 'IRN', 'Riyadh and Tehran raised relations to ambassadorial level in June.'),
    ('050', 'ISR', 'MAR', 'Jerusalem raised its relations to embassy level with Rabat.'),
    ('050', 'QAT', 'EGY', 'Qatar and Egypt raised relations to full ambassadorial level.'),
    ('064', 'JPN', 'AUS', 'Tokyo normalised its intelligence-sharing accord with Canberra.'),
    ('064', 'TUR', 'ISR', 'Ankara normalised intelligence cooperation with Israel.'),
    ('1722', 'TUN', 'TUN', 'A Tunisian court ordered the dissolution of the largest opposition movement.'),
    ('1722', 'THA', 'THA', "Thailand's court ordered the dissolution of the Move Forward party."),
    ('1722', 'RUS', 'RUS', "Moscow's banning of the opposition movement drew criticism."),
    # fourth batch: energy supplied with, forces allowed to use bases, bases and weapons hosted (062, not a
    # visit), warships deployed or stationed, warning shots, radar locked on (150),
    # military presence increased (154), pushed back against (120), a veto used or wielded (129),
    # conditions set or laid down (100)
    ('061', 'QAT', 'DEU', 'Qatar will supply Germany with liquefied natural gas from 2026.'),
    ('061', 'RUS', 'HUN', 'Moscow will keep supplying Budapest with oil through the pipeline.'),
    ('061', 'KAZ', 'CHN', 'Kazakhstan provided China with uranium under a long-term contract.'),
    ('062', 'CYP', 'USA', 'Cyprus allowed US forces to use its ports and airfields.'),
    ('062', 'PAK', 'USA', 'Islamabad permitted American aircraft to use its airspace for the operation.'),
    ('062', 'DJI', 'CHN', 'Djibouti allowed Chinese warships to use its port facilities.'),
    ('062', 'POL', 'USA', 'Poland agreed to host a permanent US military base.'),
    ('062', 'ROU', 'IGOWSTNAT', 'Romania will host a new NATO air base near the Black Sea.'),
    ('062', 'DEU', 'USA', 'Germany will host American cruise missiles from 2026.'),
    ('150', 'USA', 'CHN', 'The United States deployed an aircraft carrier to the South China Sea amid tensions with Beijing.'),
    ('150', 'GBR', 'IRN', 'Britain stationed a destroyer in the Gulf as a warning to Iran.'),
    ('150', 'RUS', 'NOR', 'Moscow positioned submarines off Norway in a show of force.'),
    ('150', 'KOR', 'PRK', 'South Korean troops fired warning shots at North Korean soldiers who crossed the border.'),
    ('150', 'IND', 'PAK', 'Indian border guards fired warning shots toward Pakistani drones.'),
    ('150', 'CHN', 'PHL', 'A Chinese vessel fired warning shots near a Philippine supply boat.'),
    ('150', 'CHN', 'JPN', 'A Chinese warship locked its fire-control radar on a Japanese destroyer.'),
    ('150', 'KOR', 'JPN', 'A South Korean destroyer directed its radar at a Japanese patrol plane.'),
    ('154', 'RUS', 'FIN', 'Russia increased its military presence near the Finnish border.'),
    ('154', 'USA', 'CHN', 'Washington is boosting its military presence in the Pacific to counter China.'),
    ('154', 'TUR', 'SYR', 'Ankara reinforced its troop presence along the Syrian border.'),
    ('120', 'MEX', 'USA', 'Mexico pushed back against the US proposal.'),
    ('120', 'IGOEUR', 'CHN', "The EU pushed back on China's demands."),
    ('120', 'KEN', 'IGOUNO', 'Nairobi pushed back against the UN report.'),
    ('129', 'RUS', 'IGOUNO', 'Russia used its veto against the UN resolution on Ukraine.'),
    ('129', 'USA', 'IGOUNOSEC', 'Washington wielded its veto on the Security Council draft.'),
    ('129', 'CHN', 'IGOUNO', 'China exercised its veto on the UN draft.'),
    ('100', 'TUR', 'SWE', "Turkey set conditions for Sweden's NATO membership."),
    ('100', 'IGOIMF', 'EGY', 'The IMF set tough conditions on Egypt.'),
    ('100', 'HUN', 'UKR', "Budapest laid down conditions for Ukraine's membership."),
    ('062', 'POL', 'USA', 'Warsaw agreed to host American nuclear weapons.'),
    ('062', 'ESP', 'USA', 'Spain agreed to host two more US warships at Rota.'),
    # fifth batch (root 05): sprang or leapt to a state's defence (052), gave or lent its blessing to (051),
    # put pen to paper on a deal (057)
    ('052', 'RUS', 'IRN', "Russia sprang to Iran's defence at the UN."),
    ('052', 'TUR', 'QAT', 'Ankara leapt to the defence of Doha during the blockade.'),
    ('052', 'PRK', 'RUS', "North Korea's leader jumped to Russia's defence over the war."),
    ('051', 'IGOEUR', 'MDA', "The EU gave its blessing to Moldova's reforms."),
    ('051', 'USA', 'IND', "Washington lent its blessing to India's bid for a council seat."),
    ('051', 'IGOAFR', 'SOM', "The African Union gave its blessing to Somalia's election plan."),
    ('057', 'IRN', 'SAU', 'Iran and Saudi Arabia put pen to paper on a deal restoring ties.'),
    ('057', 'GBR', 'IND', 'London and New Delhi put pen to paper on their trade deal.'),
    ('057', 'RWA', 'COD', 'Kigali and Kinshasa put pen to paper to a peace accord.'),
    # sixth batch (roots 10, 12): dug in its heels over or against (124), turned
    # a deaf ear to (120), sought assurances, guarantees or an explanation from (100)
    ('124', 'RUS', 'UKR', "Moscow dug in its heels over Ukraine's demands."),
    ('124', 'ISR', 'USA', 'Israel is digging in its heels against US pressure.'),
    ('124', 'HUN', 'IGOEUR', "Budapest dug in its heels on the EU's sanctions package."),
    ('120', 'PRK', 'IGOUNO', 'North Korea turned a deaf ear to UN appeals.'),
    ('120', 'MMR', 'IGOSEAASN', "Myanmar's junta turned a deaf ear to ASEAN's peace plan."),
    ('120', 'VEN', 'USA', "Caracas has turned a deaf ear to Washington's warnings."),
    ('100', 'USA', 'CHN', 'Washington sought assurances from Beijing on the balloon.'),
    ('100', 'FIN', 'RUS', 'Helsinki sought an explanation from Moscow after the airspace violation.'),
    ('100', 'UKR', 'IGOWSTNAT', 'Ukraine is seeking security guarantees from NATO.'),
    # troops ordered or told to be fully or combat ready, or on alert (152)
    ('152', 'PAK', 'IND', 'Pakistan ordered its troops to be fully ready amid tensions with India.'),
    ('152', 'IRN', 'ISR', 'Iran ordered its forces to be combat ready after the Israeli strike.'),
    ('152', 'ARM', 'AZE', 'Yerevan told its troops to be on alert as Azerbaijani forces massed.'),
]

GUARDS = [
    ('05', "Madrid's signing of the Brazilian striker with the club was a surprise."),
    ('06', 'Two chip makers teamed up on Monday to build a plant in Ohio.'),
    ('06', 'The factory ramped up production of shells.'),
    ('06', 'Gas exports rose by a tenth last year, the statistics office said.'),
    ('06', 'Japan is building two new destroyers for its own navy.'),
    ('15', 'Fishermen massed their boats off the coast to protest the quotas.'),
    ('15', 'A fishing boat strayed into the harbour after the storm.'),
    ('15', "Paparazzi shadowed the actor's boat all summer."),
    ('12', 'India did not refuse to join the coalition, its foreign minister said.'),
    ('12', "The president's veto of the budget bill was overridden by Congress."),
    ('10', 'The demands on hospitals grew during the flu season.'),
    ('10', 'The farmer is seeking damages from the insurance company.'),
    ('12', 'The protesters gathered in defiance of the curfew.'),
    ('17', 'The company said it had suffered a cyber attack by unknown criminals.'),
    ('17', 'Thieves broke into the computer shop on Monday.'),
    ('05', 'Turkey stood up to Russia over the grain corridor.'),
    ('17', 'The storm put pressure on the power grid.'),
    ('10', "China's demand for Australian coal fell sharply."),
    ('10', "Europe's demand for Russian gas has collapsed."),
    ('10', "India's demand for Russian oil rose in March."),
    ('12', "The team's defiance of the odds won praise."),
    ('17', "The club kicked out two fans after the match."),
    ('05', "Kenya reinstated the sacked police commissioner."),
    ('15', "Seagulls circled the fishing boats."),
    ('06', "Russia held drills with live ammunition near the border."),
    ('06', "The fire brigade held an exercise with local volunteers."),
    ('05', "The central bank raised interest rates to a record."),
    ('06', "Canberra has not normalised its intelligence accord with Jakarta."),
    ('17', "The dissolution of the partnership between the two banks was announced."),
    ('06', 'The company supplies homes with gas across the region.'),
    ('06', 'Germany did not allow US jets to use its airspace.'),
    ('04', 'Poland agreed to host a permanent US military base.'),
    ('15', 'The navy deployed a frigate to rescue migrants off Libya.'),
    ('15', 'Police fired warning shots to disperse the crowd.'),
    ('15', 'The speed camera locked its radar on the car.'),
    ('15', 'The shop increased its presence online.'),
    ('12', 'The storm pushed back the start of the match.'),
    ('12', 'The president used his veto on the tax bill.'),
    ('10', 'The warm weather set conditions for wildfires.'),
    ('06', 'The city will host the missile defence conference.'),
    ('05', 'The goalkeeper sprang to his left to save the penalty.'),
    ('05', 'The priest gave his blessing to the newly married couple.'),
    ('05', 'The novelist put pen to paper on a new book.'),
    ('12', 'The builders dug in the garden on Monday.'),
    ('12', 'The teenager turned a deaf ear to his parents.'),
    ('10', 'The tenant sought assurances from the landlord.'),
    ('15', "The coach told the players to be fully ready for the final."),
]


@pytest.mark.parametrize("code,source,target,text", CASES)
def test_construction_is_coded(ctx, code, source, target, text):
    coded = agent_codes(ctx, text)
    assert has_event(coded, source, target, code), coded


@pytest.mark.parametrize("root,text", GUARDS)
def test_unrelated_sense_gives_no_event(ctx, root, text):
    coded = agent_codes(ctx, text)
    assert not any(c.startswith(root) for _, _, c in coded), coded


def test_every_code_has_two_sentences():
    counts = {}
    for code, *_ in CASES:
        counts[code] = counts.get(code, 0) + 1
    assert min(counts.values()) >= 2
