"""Codebook coverage of the weakest roots (06, 10, 12, 15, 16, 05), built code by code from the
CAMEO definitions and PETRARCH2's verb dictionary (issue 12, branch ``cover4``): nominals ("the
refusal to", "the suspension of aid to", "the severing of ties with"), light verbs ("set out its
demands", "put forward demands", "joined hands with"), phrasal verbs ("turned down an offer of
talks", "spoke up for"). Of the cases that assert an act, 5 already coded on main at ac9d649 (second
sentences of a construction), the others failed there. Sentences written for these tests."""

import pytest

from coding_support import agent_codes, has_event


CASES = [
    # root 06
    ('060', 'BRA', 'ARG', "Brazil joined hands with Argentina to fight dengue fever."),
    ('060', 'KEN', 'ETH', "Kenya and Ethiopia agreed on Tuesday to pool resources against the locust swarms."),
    ('061', 'EGY', 'JOR', "Egypt and Jordan agreed to establish a free trade zone on the Red Sea."),
    ('061', 'CHL', 'PER', "Chile and Peru will set up a free trade area next year."),
    ('061', 'IND', 'BGD', "India resumed onion shipments to Bangladesh after a two-month halt."),
    ('060', 'SEN', 'GMB', "Senegal has joined hands with Gambia to protect the river's fish stocks."),
    ('060', 'CIV', 'GHA', "Ivory Coast and Ghana pooled their expertise to fight cocoa smuggling."),
    ('061', 'ARG', 'URY', "Argentina and Uruguay agreed to create a free trade area for farm goods."),
    ('061', 'KEN', 'UGA', "Kenya and Uganda will set up a free trade zone along their border."),
    ('061', 'RUS', 'CHN', "Russia increased oil deliveries to China by a fifth last year."),
    ('061', 'KAZ', 'AFG', "Kazakhstan's grain shipments to Afghanistan rose sharply in March."),
    # root 10
    ('100', 'SRB', 'XKX', "Serbia set out its demands to Kosovo in a letter on Monday."),
    ('100', 'PSE', 'ISR', "Hamas put forward new demands to Israel on Sunday."),
    ('100', 'TUR', 'SWE', "Turkey laid out its conditions to Sweden on Tuesday."),
    ('100', 'RUS', 'MDA', "Russia put forward a list of demands to Moldova on Friday."),
    # root 12
    ('125', 'PRK', 'KOR', "North Korea turned down an offer of talks from South Korea."),
    ('1246', 'RUS', 'MDA', "Russia refused to withdraw its troops from Moldova."),
    ('1245', 'MLI', 'IGOUNO', "Mali refused entry to UN human rights experts."),
    ('1246', 'RUS', 'MDA', "Russia's refusal to withdraw its troops from Moldova angered Romania."),
    ('1245', 'MMR', 'IGOUNO', "Myanmar's refusal to allow UN investigators in was criticised."),
    ('1243', 'IRN', 'FRA', "Iran's refusal to release the French tourists strained ties."),
    ('1213', 'RUS', 'GBR', "Russia's refusal to extradite the suspects to Britain was condemned."),
    ('125', 'AZE', 'ARM', "Azerbaijan's refusal to negotiate with Armenia stalled the process."),
    ('120', 'CHN', 'PHL', "China's refusal to accept the ruling angered the Philippines."),
    ('125', 'KOR', 'PRK', "South Korea turned down a North Korean invitation to talks."),
    ('1246', 'IRN', 'IRQ', "Iran refused to pull its forces out of Iraq."),
    ('1245', 'SYR', 'IGOUNO', "Syria denied access to UN inspectors for a third week."),
    ('1245', 'ERI', 'IGOUNO', "Eritrea has refused entry to the UN special rapporteur since 2012."),
    ('1246', 'BLR', 'LTU', "Belarus's refusal to pull its troops back from the Lithuanian border worried NATO."),
    ('1245', 'IRN', 'IGOUNOIAEA', "Iran's refusal to allow IAEA inspectors into the site was condemned."),
    ('1243', 'PRK', 'JPN', "North Korea's refusal to return the abducted Japanese citizens angers Tokyo."),
    ('1213', 'IND', 'GBR', "India's refusal to extradite the businessman to Britain was criticised."),
    ('125', 'ISR', 'PSE', "Israel's refusal to negotiate with the Palestinians was raised at the summit."),
    ('120', 'SRB', 'XKX', "Serbia's refusal to recognise Kosovo's independence remains the main obstacle."),
    # root 15
    ('150', 'RUS', 'POL', "Russia flew drones over Poland on Wednesday night."),
    ('150', 'CHN', 'JPN', "Chinese coast guard ships entered Japanese territorial waters near the islands."),
    ('150', 'IRN', 'USA', "Iran unveiled a new missile in a show of force against the United States."),
    ('154', 'BLR', 'POL', "Belarus announced the deployment of its forces along the border with Poland."),
    ('150', 'CHN', 'TWN', "China sent 30 warplanes into Taiwan's air defence zone on Monday."),
    ('150', 'RUS', 'JPN', "Russia flew two bombers into Japan's air defence identification zone."),
    ('150', 'TUR', 'GRC', "Turkish warships violated Greek territorial waters twice in June."),
    ('150', 'CHN', 'TWN', "Beijing staged the drills as a display of strength towards Taiwan."),
    ('154', 'IND', 'CHN', "India's deployment of troops along the border with China continued."),
    # root 16
    ('162', 'USA', 'ETH', "The US suspension of aid to Ethiopia drew criticism."),
    ('161', 'ECU', 'MEX', "Ecuador's severing of ties with Mexico followed the embassy raid."),
    ('161', 'NER', 'FRA', "Niger's closure of the French embassy came a week later."),
    ('1621', 'DEU', 'MLI', "Germany's freeze of development aid to Mali hit the health sector."),
    ('162', 'GBR', 'UGA', "Britain's cut in assistance to Uganda followed the new law."),
    ('161', 'BOL', 'ISR', "Bolivia's breaking of relations with Israel was welcomed by Hamas."),
    ('161', 'NIC', 'TWN', "Nicaragua's severance of ties with Taiwan was announced on Friday."),
    ('161', 'RUS', 'LVA', "Russia's closure of the Latvian consulate in Pskov came a day later."),
    # root 05
    ('050', 'GBR', 'FRA', "Britain and France agreed to reset relations after the summit."),
    ('052', 'QAT', 'PSE', "Qatar spoke up for the Palestinians at the Security Council."),
    ('050', 'IND', 'CHN', "India and China agreed to reset ties after the border clashes."),
    ('052', 'ARM', 'FRA', "Armenia spoke up for France after the row."),
    # found on gold_dev6's first figures (general constructions; sentences ours)
    ('062', 'JPN', 'PHL', "Japan and the Philippines unveiled a new defence pact on Friday."),
    ('062', 'IND', 'FRA', "India and France announced a security partnership for the Indian Ocean."),
    ('062', 'PNG', 'USA', "Papua New Guinea will give US forces access to two of its ports."),
    ('062', 'PHL', 'USA', "Manila granted American troops access to four more military bases."),
    ('161', 'GHA', 'NGA', "Ghana expelled two Nigerian defence advisers from the high commission in Accra."),
    ('161', 'IND', 'PAK', "India expelled Pakistani military advisers from the high commission in New Delhi."),
    ('154', 'ARM', 'AZE', "Armenia sent two battalions to its border with Azerbaijan on Monday."),
    ('154', 'TUR', 'SYR', "Turkey sent armoured vehicles and commandos to its border with Syria."),
    ('164', 'ETH', 'SDN', "Ethiopia recalled its negotiators from the talks with Sudan."),
    ('164', 'ISR', 'PSE', "Israel withdrew its negotiating team from the talks with Hamas in Cairo."),
    ('152', 'GRC', 'TUR', "Greece's navy will remain on high alert amid tensions with Turkey."),
    ('152', 'SRB', 'XKX', "Serbia's army will stay at the highest level of combat readiness amid tensions with Kosovo."),
    # second batch: demands received, shows of force near, agreements torn up, troops ordered out
    ('100', 'TUR', 'SWE', "Sweden faced fresh demands from Turkey over its membership bid."),
    ('1055', 'USA', 'ISR', "Israel has received demands from Washington to let more aid in."),
    ('150', 'RUS', 'UKR', "Russia's show of force near Ukraine's border alarmed Kyiv."),
    ('150', 'CHN', 'TWN', "China's display of strength around Taiwan ended on Sunday."),
    ('160', 'NER', 'FRA', "Niger's junta tore up its military agreements with France."),
    ('160', 'NIC', 'CRI', "Nicaragua tore up its border deal with Costa Rica."),
    ('166', 'MLI', 'FRA', "Mali ordered French troops out of the country."),
    ('166', 'BFA', 'FRA', "Burkina Faso ordered the French special forces out of its territory."),
    # talks or summits shunned (125; PETRARCH2 files SHUN with BOYCOTT, conferences under 125)
    ('125', 'EGY', 'TUR', "Egypt shunned the summit with Turkey in Istanbul."),
    ('125', 'UKR', 'RUS', "Ukraine shunned talks with Russia in Istanbul."),
]


@pytest.mark.parametrize("code,source,target,text", CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_the_act_is_coded(ctx, code, source, target, text):
    coded = agent_codes(ctx, text)
    assert has_event(coded, source, target, code), coded


def test_a_ban_lifted_is_no_new_ban(ctx):
    """A ban named as the thing lifted is no sanction (163)."""
    coded = agent_codes(ctx, "The European Union lifted its travel ban on Belarus's president on Monday.")
    assert not any(c.startswith("16") for _, _, c in coded)


def test_aircraft_over_ones_own_parade_is_no_show_of_force(ctx):
    coded = agent_codes(ctx, "Chinese jets flew over the parade in Beijing on Tuesday.")
    assert not any(c.startswith("15") for _, _, c in coded)


def test_a_refusal_with_no_actor_codes_nothing(ctx):
    coded = agent_codes(ctx, "The report said the refusal to release the data hurt trust.")
    assert not any(c.startswith("12") for _, _, c in coded)


def test_withdrawing_a_bill_is_no_de_escalation(ctx):
    coded = agent_codes(ctx, "Hungary's government refused to withdraw the bill despite protests.")
    assert not any(c == "1246" for _, _, c in coded)
