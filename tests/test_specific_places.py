"""The most specific place an event's report names, and constructions that name a place (issue 11
point 5, branch `places3`). Sentences written for these tests, with places of our own choosing."""

import pytest


def _locations(coded, text, root):
    return [e.location or {} for e in coded(text, "2024-06-12").events if e.root == root]


def test_a_town_of_our_regions_list_is_a_town_not_a_region(coded):
    text = "Armed forces took two villages in South Kordofan before they reached the outskirts of Heiban."
    places = _locations(coded, text, "19")
    assert places and {p.get("name") for p in places} == {"Heiban"}
    assert {p.get("kind") for p in places} == {"town"}


def test_a_camp_of_our_list_keeps_its_parent(coded):
    places = _locations(coded, "Gunmen attacked displaced people in Kalma camp, South Darfur.", "18")
    assert places and places[0].get("name") == "Kalma" and places[0].get("country") == "SDN"


def test_a_capital_named_otherwise_takes_the_state_capital_coordinates(coded):
    places = _locations(coded, "Police fired rubber bullets at protesters in Tshwane.", "17")
    assert places and places[0].get("kind") == "capital" and places[0].get("lat") is not None
    assert abs(places[0]["lat"] + 25.7) < 0.3 and abs(places[0]["lon"] - 28.2) < 0.3


@pytest.mark.parametrize("text", [
    "Damasak-based vigilantes attacked Boko Haram fighters in Nigeria.",
    "Troops clashed with Boko Haram along the Damasak axis in Nigeria.",
])
def test_x_based_and_a_road_named_by_one_end_name_a_place(coded, text):
    places = _locations(coded, text, "19")
    assert places and places[0].get("name") == "Damasak" and places[0].get("admin1") == "Borno State"



def test_a_capital_named_as_a_seat_yields_to_the_place_of_the_act(coded):
    text = ("Hundreds marched in Enugu on Monday. A tribunal based in Abuja had annulled the election, and "
            "police detained twelve marchers.")
    assert {p.get("name") for p in _locations(coded, text, "17")} == {"Enugu"}


def test_a_seat_where_the_act_happens_at_the_body_stays_the_place(coded):
    places = _locations(coded, "Protesters gathered outside the Supreme Court in Nairobi.", "14")
    assert places and places[0].get("name") == "Nairobi"


@pytest.mark.parametrize("text, name", [
    ("Students protested against exam fees in Mersa, West Hararghe.", "West Hararghe"),  # Mersa is Amhara's
    ("Students protested against exam fees in Gelemso, West Hararghe.", "Gelemso"),
    ("Students protested against exam fees in Mersa, North Wollo.", "Mersa"),
])
def test_a_town_named_with_a_zone_must_lie_in_the_zone(coded, text, name):
    places = _locations(coded, text, "14")
    assert places and places[0].get("name") == name and places[0].get("country") == "ETH"
