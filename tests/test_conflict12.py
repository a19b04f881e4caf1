"""Conflict reports from every region, recall (issue 11, branch conflict12): a pro-government militia
named by its name that attacks people commits unconventional violence (180) as a militia named by the
word does; an arrest in a report that names prices, markets or a factory is still an arrest; sentences
of ours.
"""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text, published=dt.date(2024, 6, 12)):
    doc = code_document(document_from_text(text, published), ctx)
    return {(e.source.primary, e.root, e.target.primary) for e in doc.events}


def _codes(ctx, text, published=dt.date(2024, 6, 12)):
    doc = code_document(document_from_text(text, published), ctx)
    return {(e.source.primary, e.code, e.target.primary) for e in doc.events}


@pytest.mark.parametrize("text,expected", [
    # a pro-government militia by its name attacking villagers: violence against civilians, not a battle
    ("Members of the Civilian Joint Task Force attacked herders near Gwoza on Monday, killing four people.",
     ("NGA", "180", "NGA")),
    ("Arbaki militiamen attacked villagers in Kunduz province on Monday, killing three people.",
     ("AFG", "180", "AFG")),
])
def test_named_militia_attack_on_people(ctx, text, expected):
    assert expected in _codes(ctx, text, dt.date(2019, 6, 12))


def test_named_militia_fighting_insurgents_stays_battle(ctx):
    found = _codes(ctx, "Members of the Civilian Joint Task Force clashed with Boko Haram fighters near Gwoza "
                        "on Monday.", dt.date(2019, 6, 12))
    assert not any(code == "180" for _, code, _ in found), found


@pytest.mark.parametrize("text", [
    "Riots over bread prices broke out in Sfax on Monday; police arrested forty people.",
    "A policeman was stabbed in Ma'an during riots over fuel prices; five people were arrested.",
    "Workers who occupied the factory in Tanta were arrested by police on Sunday.",
])
def test_arrest_beside_trade_words(ctx, text):
    assert any(root == "17" for _, root, _ in _events(ctx, text)), _events(ctx, text)



def test_attack_kept_beside_the_same_doers_looting(ctx):
    # the looting (171) against the doers' own state does not make their attack (18x) redundant
    found = _events(ctx, "On 3 May 2019, around 200 CPI (Maoist) cadres attacked an SSB road-opening party near "
                         "Kistaram village (Sukma district), killing 9 personnel and looting their weapons.",
                    dt.date(2019, 5, 4))
    assert ("IND", "18", "IND") in found or ("IND", "19", "IND") in found, found


def test_police_shooting_beside_a_riot_stays_redundant(ctx):
    # other doers of the same state (rioters, police): the riot does not keep the police's ground act
    found = _events(ctx, "Riots broke out in Lyon on Wednesday after police shot a teenager.", dt.date(2023, 6, 29))
    assert ("FRA", "14", "FRA") in found and ("FRA", "17", "FRA") not in found, found


def _published_by(ctx, text, publisher, published=dt.date(2021, 3, 4)):
    doc = code_document(document_from_text(text, published, publisher=publisher), ctx)
    return {(e.source.primary, e.root, e.target.primary) for e in doc.events}


def test_transnational_claimant_leaves_the_publisher_state(ctx):
    # an ISIL claim names no state: the generic gunmen of a national paper's report stay its state's
    found = _published_by(ctx, "Gunmen stormed the district police headquarters in the town on Sunday evening "
                               "and fought the guards for hours. The Islamic State claimed the attack.", "Saxafi Media")
    assert any(src in ("SOM", "ISIL") and tgt == "SOM" and root in ("18", "19") for src, root, tgt in found), found


def test_state_named_still_wins_over_the_publisher(ctx):
    found = _published_by(ctx, "Gunmen stormed a police station in Kenya on Sunday. The Islamic State claimed the "
                               "attack.", "Saxafi Media")
    assert not any("SOM" in (src, tgt) for src, _, tgt in found), found


def test_crowd_torching_homes_riots(ctx):
    # a crowd burning buildings riots (145), as "burnt houses" is coded; militants burning a market destroy (1712)
    assert ("NGA", "145", "NGA") in _codes(ctx, "Rival mobs torched homes and churches in Kaduna on Thursday.")
    assert ("MLI", "1712", "MLI") in _codes(ctx, "Militants in Mali torched a market on Tuesday.")


@pytest.mark.parametrize("text,expected", [
    # state forces by their own names and acronyms (metonyms in states.jsonl)
    ("The CRPF clashed with Naxals near Raipur on Monday.", "INDCOP"),
    ("The Frontier Corps clashed with insurgents near Turbat on Monday.", "PAKMIL"),
    ("Brimob officers clashed with separatists near Wamena on Monday.", "IDNCOP"),
    ("The NSCDC clashed with bandits near Gusau on Monday.", "NGACOP"),
])
def test_state_forces_by_name(ctx, text, expected):
    doc = code_document(document_from_text(text, dt.date(2022, 6, 13)), ctx)
    assert any(e.source.code == expected for e in doc.events), [(e.source.code, e.code) for e in doc.events]


@pytest.mark.parametrize("word,code", [
    ("gendarmes", "NERCOP"), ("jawans", "NERMIL"), ("commandos", "NERMIL"), ("Maoists", "NERINS"),
    ("sicarios", "NERUAF"), ("cops", "NERCOP"),
])
def test_regional_role_nouns(ctx, word, code):
    # role nouns regional news use take the state of the place where they act
    doc = code_document(document_from_text(f"On Monday, {word} killed two villagers near Tillaberi.",
                                           dt.date(2022, 6, 13)), ctx)
    assert any(e.source.code == code for e in doc.events), [(e.source.code, e.code) for e in doc.events]


def test_gunfight_after_a_bombing_is_a_battle_of_its_own(ctx):
    # the bombing (183x) and a fight the sentence names after it are two acts; a bombing's own toll is one
    found = _events(ctx, "Militants detonated a car bomb at an army checkpoint near Bannu on Monday, and ten "
                         "attackers were killed in the ensuing gunfight.")
    assert ("PAK", "18", "PAK") in found and ("PAK", "19", "PAK") in found, found
    found = _events(ctx, "A car bomb exploded at an army checkpoint near Bannu on Monday, killing six soldiers.")
    assert ("PAK", "19", "PAK") not in found, found


def test_forces_firing_on_their_own_people_repress(ctx):
    # police or soldiers firing on unarmed people of their own state: violent repression (175)
    found = _codes(ctx, "Soldiers opened fire on farmers near Tarija on Friday, killing two.")
    assert ("BOL", "175", "BOL") in found, found
    # on another state's people, or on an armed side, it stays a fight
    found = _codes(ctx, "Soldiers opened fire on militants near Tarija on Friday.")
    assert not any(code == "175" for _, code, _ in found), found
