"""False conflict records (issue 11, branch ``fp20``): a strike participle describing people, a
clash of words between governments, a war of words, and a war's toll since a year. Sentences
written for these tests."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _roots(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_striking_before_people_in_an_object_is_no_attack(ctx):
    """"at striking teachers": the -ing word says what the people do (``stages/modifiers.py``)."""
    roots = _roots(ctx, "Riot police fired tear gas at striking teachers in Lusaka on Monday.")
    assert ("ZMB", "ZMB", "17") in roots and ("ZMB", "ZMB", "19") not in roots
    assert not any(r == "19" for _, _, r in _roots(ctx, "Police clashed with striking nurses outside the hospital in Blantyre on Friday."))
    # a strike of force in the same place stays one: its object is no noun of unarmed people
    assert ("ISR", "LBN", "19") in _roots(ctx, "Israeli jets were striking Hezbollah positions in southern Lebanon on Monday.")


def test_governments_that_clash_over_a_topic_fight_no_battle(ctx):
    """Governments, leaders and blocs that clash over a policy or at talks disagree
    (``stages/verbal_clash.py``); troops that clash, or a clash with a toll, stay a battle."""
    assert not any(r == "19" for _, _, r in _roots(ctx, "Chile and Peru clashed over the new fishing quotas at the summit on Friday."))
    assert not any(r == "19" for _, _, r in _roots(ctx, "The Dutch prime minister clashed with the Polish president over asylum rules on Thursday."))
    assert not any(r == "19" for _, _, r in _roots(ctx, "Austria clashed with the European Commission over farm subsidies on Monday."))
    assert ("SDN", "SSD", "19") in _roots(ctx, "Sudan and South Sudan clashed over the disputed Heglig oil field on Monday, with six soldiers killed.")
    assert ("THA", "KHM", "19") in _roots(ctx, "Thai and Cambodian troops clashed near the disputed temple on Monday.")


def test_a_war_of_words_is_no_war(ctx):
    """"waging a disinformation war", "wage war on corruption": no use of force (skip rules)."""
    assert not any(r == "19" for _, _, r in _roots(ctx, "Belarus is waging a propaganda war against Lithuania, Vilnius said on Tuesday."))
    assert not any(r == "19" for _, _, r in _roots(ctx, "Japan accused Beijing of waging an economic war against Tokyo on Tuesday."))
    assert any(r == "19" for _, _, r in _roots(ctx, "Eritrea waged war on Ethiopia's Tigray region on Monday."))


def test_a_toll_since_a_year_is_background(ctx):
    """A perfect verb of force whose count runs since a year or a war's start sums up the war
    (``stages/summary.py``); the day's act with its own toll stays."""
    assert not any(r == "20" or r == "19" or r == "18" for _, _, r in _roots(
        ctx, "Syria said on Monday that Turkish forces had killed more than 2,000 civilians since the offensive in 2019."))
    assert not any(r in ("18", "19", "20") for _, _, r in _roots(
        ctx, "Ethiopian troops have killed thousands of people in Oromia since 2019, a rights group said on Monday."))
    assert any(r in ("18", "19", "20") for _, _, r in _roots(
        ctx, "Ethiopian troops killed 12 people in Oromia on Sunday, the deadliest day since the fighting began."))


def test_a_road_blockade_cleared_is_no_blockade_of_a_state(ctx):
    """The noun "blockade" of a road is the crowd's obstruction (144), not a blockade imposed by
    those who clear it (191); the verb still blockades (rules ``191/blockade``, ``191/blockade-base``)."""
    roots = _roots(ctx, "Police cleared a road blockade set up by miners near Oruro on Friday, arresting 14 people.")
    assert ("BOL", "BOL", "19") not in roots and ("BOL", "BOL", "17") in roots
    assert ("BOL", "BOL", "14") in _roots(ctx, "A highway blockade by coca growers near Oruro entered its fifth day on Monday.")
    assert ("CHN", "TWN", "19") in _roots(ctx, "Chinese warships blockaded Taiwan on Monday.")


def test_armed_forces_that_march_or_rally_do_not_protest(ctx):
    """A march, rally or occupation by troops, rebels or militiamen is a movement of force, not a
    protest (``stages/armed_marches.py``); a police union or soldiers' kin that march protest."""
    assert not any(r == "14" for _, _, r in _roots(ctx, "Separatist fighters marched through Kumba on Tuesday."))
    assert not any(r == "14" for _, _, r in _roots(ctx, "Government soldiers rallied in Kaga-Bandoro on Sunday."))
    assert not any(r == "14" for _, _, r in _roots(ctx, "Soldiers occupied the university campus in Bouar on Monday."))
    assert ("GHA", "GHA", "14") in _roots(ctx, "Members of the prison officers' union marched through Tamale on Monday.")
    assert ("MLI", "MLI", "14") in _roots(ctx, "Wives of soldiers marched in Kayes on Monday to demand news of their husbands.")
    assert ("KEN", "KEN", "14") in _roots(ctx, "Students marched through Eldoret on Monday.")


def test_demonstrating_a_capacity_is_no_protest(ctx):
    """"demonstrated its strength" names no rally (rule ``skip/demonstrate-capacity``)."""
    assert not any(r == "14" for _, _, r in _roots(ctx, "The militia demonstrated its strength in Bunia on Saturday."))
    assert ("GEO", "GEO", "14") in _roots(ctx, "Thousands of people demonstrated in Tbilisi on Saturday.")


def test_an_arrest_announced_against_whoever_is_a_threat(ctx):
    """"said they would arrest anyone who ...": the act waits on others; a threat (13), as
    "threatened to arrest anyone who ..." (``stages/whoever.py``)."""
    roots = _roots(ctx, "Police in Lusaka said they would arrest anyone who joined the planned march.")
    assert ("ZMB", "ZMB", "13") in roots and ("ZMB", "ZMB", "17") not in roots
    assert ("ZMB", "ZMB", "17") in _roots(ctx, "Police in Lusaka arrested twelve opposition activists on Monday.")


def test_insurgents_who_execute_unnamed_people_use_violence_not_repression(ctx):
    """Insurgents executing people named by no actor kill civilians (180); a state executing
    convicts represses (175) (``stages/executions.py``)."""
    roots = _roots(ctx, "Al-Shabaab fighters executed three men in Bardhere on Monday, accusing them of spying.")
    assert ("SOM", "SOM", "18") in roots and ("SOM", "SOM", "17") not in roots
    assert ("IRN", "IRN", "17") in _roots(ctx, "Iran executed three men convicted of spying on Monday.")


def test_a_capital_read_as_a_place_takes_the_state_the_sentence_names(ctx):
    """A capital's name after a place preposition, in a sentence that names another state that has a
    prominent namesake, is that state's city (``stages/place_context.py``); with its own state named, it stays."""
    assert ("LBN", "LBN", "14") in _roots(ctx, "Youths in Tripoli blocked roads with burning tyres on Monday as the Lebanese pound slumped.")
    assert ("PER", "PER", "14") in _roots(ctx, "Students marched in Lima on Monday, Peruvian media said.")
    assert ("LBN", "LBN", "14") in _roots(ctx, "Youths blocked roads in Tripoli, Lebanon, on Monday.")


def test_the_fighting_an_insurgent_attack_caused_is_the_battle(ctx):
    """"killed in the fighting" after insurgents attacked a base: the noun of a two-sided fight is
    the battle (19x), not a second, unconventional act (180) (``stages/event_codes.by_civilians``)."""
    roots = _roots(ctx, "Ansaru fighters attacked a military base in Birnin Gwari on Sunday, and many were killed in the fighting, officials said.")
    assert ("NGA", "NGA", "19") in roots and ("NGA", "NGA", "18") not in roots


def test_insurgents_attacking_a_post_of_armed_forces_fight_a_battle(ctx):
    """An attack on a checkpoint, outpost or patrol is fought against troops: 190, not 180
    (``stages/event_codes.on_a_post``); an attack on a village stays 180."""
    roots = _roots(ctx, "On 2 March 2025, JNIM militants attacked a checkpoint near Tenenkou (Tenenkou, Mopti).")
    assert ("MLI", "MLI", "19") in roots and ("MLI", "MLI", "18") not in roots
    assert ("NGA", "NGA", "18") in _roots(ctx, "On 2 March 2025, bandits attacked a village in Gusau (Zamfara), killing 9 residents.")


def test_the_place_fire_comes_from_is_no_target_when_the_sentence_says_where_it_went(ctx):
    """"fired rockets from X toward Y": Y's state is the target (``stages/roles._targets``); with no
    place it went to, "a boat carrying drugs from X" keeps X."""
    roots = _roots(ctx, "On 2 March 2025, Hezbollah fighters fired rockets from southern Lebanon toward Haifa.")
    assert ("LBN", "ISR", "19") in roots and ("LBN", "LBN", "19") not in roots


def test_fire_set_during_an_attack_is_property_destruction_against_its_target(ctx):
    """", setting fire to three cars" after an attack on villagers of another state: 171 against
    them, not a riot (145) against the attackers' own state (``stages/arson.py``)."""
    roots = _roots(ctx, "Israeli settlers attacked Palestinian shepherds near Hebron on Friday, setting fire to two tents.")
    assert ("ISR", "PSE", "17") in roots and ("ISR", "ISR", "14") not in roots
    assert ("KEN", "KEN", "14") in _roots(ctx, "Rioters set fire to a police station in Kisumu on Tuesday.")


def test_raids_carried_out_by_police_are_searches_not_battles(ctx):
    """"Police carried out raids ..." and raids with arrests are searches (``stages/means.police_searches``)."""
    roots = _roots(ctx, "Police carried out raids on opposition offices in Bulawayo on Monday and arrested 14 people.")
    assert ("ZWE", "ZWE", "17") in roots and ("ZWE", "ZWE", "19") not in roots
    assert ("ISR", "LBN", "19") in _roots(ctx, "Israeli forces launched a raid into southern Lebanon on Monday.")


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_a_crowds_burning_after_killings_by_others_stays_a_riot(ctx):
    """``stages/arson.py`` makes fire set in the course of an attack property destruction only when
    the attackers are the burners themselves, not merely of the same state."""
    codes = _codes(ctx, "At least nine people were killed in the town of Garoua on Monday when protesters "
                        "set fire to government offices and shops, police said.")
    assert any(c.startswith("145") for _, _, c in codes)
    assert not any(c == "171" for _, _, c in codes)


def test_supporters_of_an_armed_body_who_march_demonstrate(ctx):
    """``stages/armed_marches.py``: troops that march move force; their supporters protest."""
    assert any(c.startswith("14") for _, _, c in _codes(
        ctx, "Thousands of supporters of the junta marched on the embassy in Niamey on Sunday."))
    assert any(c.startswith("14") for _, _, c in _codes(
        ctx, "Hundreds of backers of Mali's ruling military marched through Bamako on Friday."))
    assert not any(c.startswith("14") for _, _, c in _codes(ctx, "Soldiers of the junta marched into Niamey on Sunday."))


def test_soldiers_who_no_longer_serve_march_in_protest(ctx):
    """``stages/armed_marches.py``: former, retired or demobilised soldiers who march protest."""
    for text in ("Hundreds of former soldiers marched on parliament in Kampala on Monday over unpaid pensions.",
                 "Demobilised fighters marched through Bangui on Friday."):
        assert any(c.startswith("14") for _, _, c in _codes(ctx, text)), text
