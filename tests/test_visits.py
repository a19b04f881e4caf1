"""Meetings take their full code from where they happen (042 guest, 043 host, 044 third country)."""


def _codes(coded, text, published="2023-06-14"):
    return {(e.source.primary, e.code, e.target.primary) for e in coded(text, published).events}


def test_a_meeting_in_one_sides_capital_is_a_visit_and_a_hosting(coded):
    found = _codes(coded, "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.")
    assert {("FRA", "042", "DEU"), ("DEU", "043", "FRA")} <= found


def test_a_meeting_in_a_third_country_stays_044(coded):
    found = _codes(coded, "Scholz and Macron met in Brussels on Monday.")
    assert {("DEU", "044", "FRA"), ("FRA", "044", "DEU")} <= found


def test_a_meeting_with_no_place_is_a_consultation(coded):
    found = _codes(coded, "Scholz met Macron on Monday.")
    assert ("DEU", "040", "FRA") in found and not any(code == "044" for _, code, _ in found)


def test_the_rule_says_the_place_changed_the_code(coded):
    events = coded("Scholz met Macron in Paris on Monday.", "2023-06-14").events
    assert all(e.rule.endswith("+place") for e in events if e.code in ("042", "043"))


def test_talks_held_in_one_sides_capital_are_a_visit_and_a_hosting(coded):
    found = _codes(coded, "Spain's prime minister held talks with Italian Prime Minister Giorgia Meloni in Rome on Monday.")
    assert {("ESP", "042", "ITA"), ("ITA", "043", "ESP")} <= found


def test_talks_with_no_place_stay_040_and_in_a_third_country_are_044(coded):
    assert ("ESP", "040", "ITA") in _codes(coded, "Spain held talks with Italy on Monday.")
    found = _codes(coded, "Spain held talks with Italy in Geneva on Monday.")
    assert {("ESP", "044", "ITA"), ("ITA", "044", "ESP")} <= found


def test_talks_at_a_seat_of_government_are_located_in_its_country(coded):
    found = _codes(coded, "Kenya's president held talks with President Emmanuel Macron at the Elysee Palace on Monday.")
    assert {("KEN", "042", "FRA"), ("FRA", "043", "KEN")} <= found


def test_welcoming_a_leader_back_to_a_summit_at_home_is_hosting(coded):
    found = _codes(coded, "Ethiopia welcomed Somali President Hassan Sheikh Mohamud back to the African Union "
                          "summit in Addis Ababa on Sunday.")
    assert ("ETH", "043", "SOM") in found


def test_a_meeting_takes_the_place_named_right_after_it(coded):
    # the places stage prefers the more specific town named later; the meeting was in Tashkent
    found = _codes(coded, "Kazakhstan's foreign minister held talks with Uzbek officials in Tashkent on Monday "
                          "about a railway meant to connect the Kazakh city of Shymkent with Afghanistan.")
    assert {("KAZ", "042", "UZB"), ("UZB", "043", "KAZ")} <= found


def test_a_meeting_during_a_visit_named_in_its_sentence_is_that_visit(coded):
    found = _codes(coded, "During his visit to Tokyo, the Indian prime minister met Fumio Kishida on Thursday.")
    assert {("IND", "042", "JPN"), ("JPN", "043", "IND")} <= found


def test_a_meeting_on_a_third_states_island_is_044(coded):
    found = _codes(coded, "Scholz and Macron met on Malta's Gozo island on Tuesday.")
    assert {("DEU", "044", "FRA"), ("FRA", "044", "DEU")} <= found
