"""The one home of the nouns and role codes of people (stages.people_nouns)."""

from dragoman.stages import people_nouns
from dragoman.stages.people_nouns import (FOREIGN_PEOPLE, HOME_PEOPLE, PROTEST_PEOPLE, STATE_PLURAL_HEADS, human_role,
                                          igo_people_role, people_code, person_noun, target_people_role, unarmed_role)


def test_listed_group_nouns_carry_their_own_code():
    assert people_code("mourners") == "CVL"
    assert people_code("personnel") == "LAB"
    assert people_code("pupils") == "EDU"
    assert people_code("displaced") == "REF"  # an adjective used as a noun of people


def test_ending_counts_only_when_asked_and_not_for_listed_exceptions():
    assert people_code("auctioneers") == "CVL" and people_code("auctioneers", suffix=False) == ""
    assert people_code("tenants") == "CVL"
    assert people_code("borders") == "" and people_code("documents") == ""
    assert people_code("doers") == ""  # too short to trust its ending
    assert people_code("co-workers") == ""  # not a single alphabetic word


def test_person_ending_is_a_different_question_from_the_crowd_ending():
    # -men and -people name persons for a business role, but are no crowd ending
    assert person_noun("Fishmongers") and person_noun("local businessmen")
    assert people_code("businessmen") == ""
    # -ees names a crowd ("retirees marched") but not a business role's persons
    assert people_code("franchisees") == "CVL" and not person_noun("franchisees")
    assert not person_noun("firms") and not person_noun("companies")


def test_target_roles_take_armed_groups_but_not_teachers_on_their_own():
    assert target_people_role("CVL") and target_people_role("REB") and target_people_role("INS")
    assert not target_people_role("EDU") and not target_people_role("GOV") and not target_people_role("")
    assert human_role("EDU") and human_role("AGR") and human_role("HLH") and not human_role("BUS")


def test_igo_people_roles_are_wider_than_target_roles():
    for role in ("REL", "BUS", "UAF", "EDU"):
        assert igo_people_role(role) and not target_people_role(role)
    assert not igo_people_role(None) and not igo_people_role("GOV")


def test_unarmed_roles_take_farmers_and_traders_not_fighters():
    assert unarmed_role("AGR") and unarmed_role("BUS") and unarmed_role("OPP")
    assert not unarmed_role("REB") and not unarmed_role("INS") and not unarmed_role("COP")
    assert not unarmed_role(None) and not unarmed_role("")


def test_foreign_modifies_persons_not_laws():
    assert {"nationals", "journalists", "crew"} <= FOREIGN_PEOPLE
    assert "agents" not in FOREIGN_PEOPLE and "aid" not in FOREIGN_PEOPLE


def test_protesters_are_a_narrow_subset_the_crowd_ending_leaves_to_the_roles():
    # the people of a protest are among the people a state acts on at home, but rioters are not
    assert PROTEST_PEOPLE < HOME_PEOPLE and "rioters" not in PROTEST_PEOPLE
    assert all(people_code(word) == "" for word in PROTEST_PEOPLE)  # the role files code them


def test_named_subsets_are_lower_case_words_each_with_its_reason():
    for name in people_nouns.__all__:
        value = getattr(people_nouns, name)
        if isinstance(value, frozenset):
            assert value and all(w == w.lower() and " " not in w for w in value), name
            assert f":data:`{name}`" in people_nouns.__doc__, name
    assert "governments" in STATE_PLURAL_HEADS and "government" not in STATE_PLURAL_HEADS
