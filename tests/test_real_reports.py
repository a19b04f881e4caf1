"""Constructions of conflict-monitor notes (issue 11): places we do not know named with a parent we
do, and the like. Sentences written for these tests, about other places and actors than any report
used to find the classes."""


def test_a_known_parent_after_an_unknown_place_places_the_act(triples):
    assert ("MOZ", "MOZ", "14") in triples("Market vendors protested against new levies in Mabalane, Chokwe.")


def test_an_unknown_place_with_its_noun_before_the_parent(triples):
    assert ("NER", "NER", "14") in triples("Farmers staged a protest at Tondikwindi village, Boboye.")


def test_a_month_after_in_is_no_place_before_a_parent(coded):
    doc = coded("Protests were held in March, Boboye officials said.")
    assert not any(e.location and e.location.get("name") == "Boboye" for e in doc.events)
