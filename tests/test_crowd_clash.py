"""A clash between a crowd and troops, peacekeepers or an unplaced police force is the crowd's
violent protest (145), not a battle both ways (branch fp19). Sentences written for these tests."""


def _codes(coded, text, published="2024-06-12"):
    return {(e.source.code, e.target.primary, e.code) for e in coded(text, published).events}


def test_peacekeepers_hurt_in_clashes_with_protesters_face_a_riot(coded):
    found = _codes(coded, "Twelve UN peacekeepers were wounded in clashes with protesters in Goma on Tuesday.")
    assert ("CODCVL", "UN", "145") in found
    assert not any(code.startswith("19") for _, _, code in found)


def test_foreign_troops_clashing_with_demonstrators_fight_no_battle(coded):
    found = _codes(coded, "French troops clashed with demonstrators who blocked their convoy in Kaya on Saturday.")
    assert ("BFACVL", "FRA", "145") in found
    assert not any(code.startswith("19") for _, _, code in found)


def test_soldiers_clashing_with_students_is_a_riot(coded):
    found = _codes(coded, "Soldiers clashed with students in Harare on Friday, witnesses said.")
    assert any(src.startswith("ZWE") and code == "145" for src, _, code in found)
    assert not any(code.startswith("19") for _, _, code in found)


def test_a_crowd_clash_with_police_the_government_stands_in_for(coded):
    found = _codes(coded, "Guinea's government banned rallies on Friday after clashes between police and "
                          "opposition supporters left six people dead.")
    assert ("GINOPP", "GIN", "145") in found
    assert not any(code.startswith("19") for _, _, code in found)


def test_a_fighting_noun_with_protesters(coded):
    found = _codes(coded, "Two Ethiopian soldiers were hurt in fighting with protesters in Gondar on Sunday.")
    assert ("ETHCVL", "ETH", "145") in found
    assert not any(code.startswith("19") for _, _, code in found)


def test_troops_clashing_with_rebels_still_fight(coded):
    found = _codes(coded, "Troops clashed with ELN rebels in Arauca on Sunday, the army said.")
    assert any(src.startswith("COL") and code == "190" for src, _, code in found)


def test_two_crowds_clashing_still_fight(coded):
    found = _codes(coded, "Youths backing the opposition clashed with supporters of the ruling party in Bouake, "
                          "leaving three dead.")
    assert any(src.startswith("CIV") and code == "190" for src, _, code in found)


def test_police_clashing_with_protesters_keep_riot_and_repression(coded):
    found = _codes(coded, "Police clashed with protesters in Abuja on Monday.")
    assert ("NGACOP", "NGA", "175") in found and ("NGACVL", "NGA", "145") in found
