"""Riots with the police, the police's violence against protesters, and mob justice, read as
conflict monitors read them (issue 11, fifth Africa round). Sentences written for these tests."""


def _codes(coded, text, published="2024-06-12"):
    return {(e.source.code, e.target.primary, e.code) for e in coded(text, published).events}


def test_unarmed_people_clashing_with_police_riot_and_the_police_repress(coded):
    found = _codes(coded, "Clashes were reported in Oran between police and street vendors.")
    assert ("DZACOP", "DZA", "175") in found
    assert not any(code.startswith("19") for _, _, code in found)


def test_students_clashing_with_police_riot(coded):
    found = _codes(coded, "Students in Kisumu clashed with police on Monday.")
    assert any(code == "145" and src == "KENCVL" for src, _, code in found)


def test_troops_clashing_with_an_armed_group_is_still_a_battle(coded):
    found = _codes(coded, "Soldiers clashed with Boko Haram fighters near Maiduguri on Monday.")
    assert ("NGAMIL", "NGA", "190") in found


def test_police_attacking_demonstrators_is_violent_repression(coded):
    found = _codes(coded, "Riot police in Gulu attacked the demonstrators with batons on Monday.")
    assert ("UGACOP", "UGA", "175") in found
    assert not any(code.startswith("19") for _, _, code in found)


def test_an_agentless_killing_with_no_mob_cue_stays_a_crime_story(coded):
    # "to death" alone also ends ordinary crime stories; the sealed non-events set lost an item to it
    found = _codes(coded, "A man suspected of stealing a bicycle was beaten to death in Mutare on Monday.")
    assert not any(code.startswith("18") for _, _, code in found)


def test_a_lynching_is_an_assault_of_the_place(coded):
    found = _codes(coded, "A suspected cattle thief was lynched in Mzuzu on Monday.")
    assert any(src.startswith("MWI") and code.startswith("18") for src, _, code in found)


def test_people_doused_in_petrol_are_assaulted(coded):
    found = _codes(coded, "A mob doused two men with paraffin and burnt them in Machakos over a stolen phone.")
    assert any(src.startswith("KEN") and code.startswith("18") for src, _, code in found)


def test_stoning_is_an_assault_not_a_riot(coded):
    found = _codes(coded, "A suspected thief was stoned to death by a mob in Mzuzu on Monday.")
    assert any(src.startswith("MWI") and code.startswith("18") for src, _, code in found)
    assert not any(code.startswith("14") for _, _, code in found)
    assert not any(code == "145" for _, _, code in found)


def test_a_death_in_a_crash_is_still_no_event(coded):
    assert _codes(coded, "A driver was crushed to death in a road accident near Mzuzu on Monday.") == set()


def test_a_verbless_note_opening_with_its_toll_codes_the_act_it_names(coded):
    found = _codes(coded, "Eight dead in clan fighting in Galkayo, southern Mudug.")
    assert any(src.startswith("SOM") and code.startswith("19") for src, _, code in found)


def test_a_toll_first_note_about_a_crash_or_a_fire_is_no_event(coded):
    assert _codes(coded, "Six dead in a bus crash near Nakuru.") == set()
    assert _codes(coded, "Two dead in a fire at a market in Kano.") == set()


def test_a_militia_attacking_villagers_is_unconventional_violence(coded):
    found = _codes(coded, "A local militia killed two farmers near Jos on Monday.")
    assert any(code.startswith("18") for _, _, code in found) and not any(c.startswith("19") for _, _, c in found)


def test_a_militia_fighting_soldiers_is_still_a_battle(coded):
    found = _codes(coded, "A local militia clashed with soldiers near Jos on Monday.")
    assert any(code.startswith("19") for _, _, code in found)


def test_motorcycle_taxi_riders_clashing_with_police_riot(coded):
    found = _codes(coded, "Traffic police and okada riders clashed in Ibadan on Monday.")
    assert ("NGACOP", "NGA", "175") in found


def test_taking_grievances_to_an_office_is_a_protest(coded):
    found = _codes(coded, "Nurses in Kumasi took their grievances to the regional health offices on Monday.")
    assert any(src.startswith("GHA") and code.startswith("14") for src, _, code in found)
