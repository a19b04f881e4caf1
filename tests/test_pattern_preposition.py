"""A pattern that ends in its own preposition ("stand by", "take aim at") takes the actor
right after it as the target, even where that actor is a capital or follows "by"."""

import pytest


@pytest.mark.parametrize("text,triple", [
    ("Hungary stood by Serbia on Tuesday.", ("HUN", "SRB", "05")),
    ("The Iranian foreign minister took aim at Riyadh.", ("IRN", "SAU", "11")),
    ("Baku pointed the finger at Yerevan after the clash.", ("AZE", "ARM", "11")),
])
def test_the_patterns_preposition_takes_the_target(triples, text, triple):
    assert triple in triples(text)


def test_a_target_named_inside_the_pattern_still_wins(triples):
    found = triples("Myanmar allowed UN investigators into Rakhine.")
    assert ("MMR", "UN", "08") in found
    assert not any(t == "MMR" and r == "08" for _, t, r in found)


@pytest.mark.parametrize("text,triple", [
    ("Sudan rejected mediation by Chad on Friday.", ("SDN", "TCD", "12")),
    ("The European Union urged restraint by Serbia.", ("EU", "SRB", "02")),
])
def test_by_after_the_patterns_own_noun_names_the_target(triples, text, triple):
    assert triple in triples(text)


def test_a_passive_agent_is_still_the_source(triples):
    assert ("IRN", "ISR", "19") in triples("Israel was attacked by Iran on Saturday.")
