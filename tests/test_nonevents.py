"""Non-political stories with violent words give no events of roots 14-20 (stages/nonevents.py),
while the political acts beside them are still coded. Every sentence is written for this test."""

from __future__ import annotations

import pytest

CONTENTIOUS = {"14", "15", "16", "17", "18", "19", "20"}


def _contentious(triples, text, published="2025-06-12"):
    return {t for t in triples(text, published) if t[2] in CONTENTIOUS}


@pytest.mark.parametrize("text", [
    "Uruguay crushed Paraguay 3-0 in Montevideo on Saturday, their forwards attacking without pause.",
    "Chile stormed back to beat Peru in the Copa America semi-final in Santiago, with two late goals from "
    "their striker.",
    "Ethiopia's Almaz Tesfaye destroyed her rivals over the last ten kilometres of the Tokyo marathon on Sunday.",
    "A Turkish furniture chain is invading the Greek market, opening 25 stores in Athens and undercutting "
    "local rivals on price.",
    "Wolves killed 20 goats overnight on a farm near Grenoble, the farmer said.",
    "A powerful earthquake struck northern Peru on Monday, killing 12 people and destroying 300 homes.",
    "A court in Bristol heard that the defendant attacked a neighbour with a spade after a row over a fence.",
    "Thieves raided a bank in Lyon on Sunday night and escaped with gold bars.",
    "A new novel retells the 1944 bombing of Warsaw through the eyes of a child, its publisher said.",
    "The festival closes with a mock air raid, its sirens and fireworks lighting the harbour in Valletta.",
])
def test_sport_trade_nature_crime_history_and_shows_give_no_conflict_event(triples, text):
    assert _contentious(triples, text) == set()


def test_the_same_words_in_conflict_reports_still_give_events(triples):
    assert ("RUS", "UKR", "19") in triples("Russian forces shelled Kharkiv on Monday, destroying 30 homes.")
    assert ("NGA", "NGA", "18") in triples("Gunmen attacked a village in Zamfara state on Tuesday, killing 12 people.")


def test_a_riot_around_a_match_is_still_a_riot(triples):
    found = triples("Students in Kisii burnt down their dormitories on Monday after teachers stopped them "
                    "from watching a football match.")
    assert ("KEN", "KEN", "14") in found


def test_an_arrest_ordered_by_a_court_is_still_coded(triples):
    assert any(r == "17" for _, _, r in triples(
        "A court in Tehran sentenced a jailed Iranian activist to five more years in prison on Tuesday."))


def test_a_vote_tally_is_no_score(triples):
    assert ("UN", "PRK", "16") in triples("The Security Council voted 13-0 on Friday to impose sanctions on North Korea.")


@pytest.mark.parametrize("text,triple", [
    ("Flood victims protested outside the governor's office in Lagos on Monday, demanding relief.", ("NGA", "NGA", "14")),
    ("After the earthquake, protesters in Kathmandu clashed with police over the slow aid.", ("NPL", "NPL", "14")),
    ("Storm survivors blocked the main road in Tacloban on Tuesday to demand food aid.", ("PHL", "PHL", "14")),
])
def test_people_hit_by_a_disaster_who_protest_still_protest(triples, text, triple):
    assert triple in triples(text)


def test_a_date_range_is_no_score(triples):
    found = triples("Raia Mutomboki fighters clashed between Aug.3-4 over a gold pit near Shabunda, South Kivu.",
                    "2016-06-29")
    assert any(s == "COD" and r in ("18", "19") for s, _, r in found)
