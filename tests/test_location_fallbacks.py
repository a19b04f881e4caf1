"""Where an event is placed when its sentence names no place (issue 11 point 5, branch `location2`).
Sentences written for these tests, with places of our own choosing."""


def _located(coded, text, root, published="2024-06-12"):
    return [(e.location or {}).get("name") for e in coded(text, published).events if e.root == root]


def test_side_place_reaches_back_over_a_sentence(coded):
    text = ("Traders in Tamale blocked a road with burning tyres. Two people were hurt. "
            "Police arrested three of the traders.")
    assert "Tamale" in _located(coded, text, "17")


def test_earlier_place_of_the_same_state(coded):
    text = ("Fighting broke out in Kenema district on Monday. The toll is not known. "
            "Police arrested eleven youths.")
    assert _located(coded, text, "17") == ["Kenema"]


def test_earlier_place_of_another_state_is_not_taken(coded):
    text = ("Rains flooded streets in Accra on Monday. Markets stayed shut. "
            "Kenyan police arrested eleven protesters.")
    assert all(name != "Accra" for name in _located(coded, text, "17"))
