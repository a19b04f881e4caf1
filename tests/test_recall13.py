"""Acts said the second way (issue 12, recall13): an accusation attributed after its clause,
idioms and second verbs of a code. Every sentence here is ours."""

import pytest


def _codes(coded, text, published="2024-05-14"):
    return {(e.source.primary, e.code[:3], e.target.primary) for e in coded(text, published).events}


# "<clause>, <actor> charged": the speech verb of an accusation, not a charge in court (173).
@pytest.mark.parametrize("text, src, tgt", [
    ("Armenia is arming the rebels, Georgia charged on Monday.", "GEO", "ARM"),
    ("Serbia is \"weaponising\" migrants by pushing them towards the border, Zagreb charged on Monday, "
     "as it sent troops to the frontier.", "HRV", "SRB"),
])
def test_an_accusation_attributed_after_its_clause(coded, text, src, tgt):
    found = _codes(coded, text)
    assert (src, "112", tgt) in found
    assert not any(code == "173" for _, code, _ in found)


def test_charged_in_court_stays_an_arrest(coded):
    assert ("CHN", "173", "AUS") in _codes(coded, "China charged an Australian writer with spying.")


# Idioms and second verbs of a code, with words between their parts.
@pytest.mark.parametrize("text, src, tgt, code", [
    ("Nicaragua put the blame squarely on Honduras for the border raid.", "NIC", "HND", "112"),
    ("Laos and Cambodia have put their signatures to a border treaty.", "KHM", "LAO", "057"),
    ("Hungary became the latest country to order out Belarusian diplomats on Monday.", "HUN", "BLR", "161"),
    ("Honduras switched its diplomatic recognition from Taipei to Beijing.", "HND", "CHN", "054"),
    ("The World Bank approved $40 million in emergency funding for Malawi on Friday.", "WB", "MWI", "071"),
])
def test_second_ways_of_saying_an_act(coded, text, src, tgt, code):
    assert (src, code, tgt) in _codes(coded, text)


# Two verbs joined by "and" before one object: the first takes the object too, when it names none.
@pytest.mark.parametrize("text, src, tgt, code", [
    ("Iran fired on and seized a Panamanian tanker on Sunday.", "IRN", "PAN", "193"),
    ("Turkey condemned and rejected the Greek decision on Monday.", "TUR", "GRC", "111"),
])
def test_coordinated_verbs_share_their_object(coded, text, src, tgt, code):
    assert (src, code, tgt) in _codes(coded, text)


def test_a_verb_with_its_own_object_keeps_it(coded):
    found = _codes(coded, "Chad's army rejected the proposal and accused Niger of siding with the rebels.")
    assert ("TCD", "112", "NER") in found and ("TCD", "120", "NER") not in found


def test_joint_patrols_deployed_are_military_cooperation(coded):
    found = _codes(coded, "Kenya and Uganda deployed joint patrols along the border on Monday.")
    assert {("KEN", "062", "UGA"), ("UGA", "062", "KEN")} <= found
