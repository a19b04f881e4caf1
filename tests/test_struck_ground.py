"""A state's drone, aircraft or artillery striking a thing or an unnamed crowd at a named place is
coded against the place's state (issue 11, conflict6 round). Sentences written for these tests."""


def _codes(coded, text, published="2024-06-12"):
    return {(e.source.primary, e.target.primary, e.code) for e in coded(text, published).events}


def test_a_drone_strike_on_a_thing_abroad_is_against_the_place(coded):
    found = _codes(coded, "On 14 March 2024, an Israeli drone struck a parked car outside "
                          "Qabatiya (Jenin, West Bank). 3 fatalities.")
    assert any(s == "ISR" and t == "PSE" and c.startswith("19") for s, t, c in found)


def test_an_army_drone_strike_at_home_is_against_its_own_state(coded):
    found = _codes(coded, "On 9 June 2023, a Burkinabe army drone strike hit a wedding party near Djibo "
                          "(Djibo, Sahel). 12 fatalities.")
    assert ("BFA", "BFA", "1952") in found


def test_no_place_no_target(coded):
    found = _codes(coded, "An Israeli drone struck a parked car on Sunday.")
    assert not any(s == "ISR" and t == "PSE" for s, t, _ in found)


def test_two_armed_groups_clashing_fight_a_battle(coded):
    # a named armed group on the other side fights back: a battle (19x), not violence on civilians (180)
    found = _codes(coded, "Al Shabaab fighters clashed with ISIS militants near Qandala on Monday.", "2025-01-01")
    assert ("SOM", "ISIL", "190") in found and ("ISIL", "SOM", "190") in found
    assert not any(c == "180" for _, _, c in found)


def test_gunmen_attacking_villagers_stay_unconventional_violence(coded):
    found = _codes(coded, "Gunmen attacked villagers in Kauru, Kaduna State, killing four.")
    assert not any(c.startswith("19") for _, _, c in found)
