"""The armed groups and movements of armed_groups.jsonl: the records validate, their names
create no false actors, and sentences written for these tests resolve to the right state."""

import datetime as dt
import re

import pytest

from dragoman.ingest.text import document_from_text
from dragoman.knowledge import DATA
from dragoman.knowledge.actors import _ACTOR_FILES, _key, _names, load_records
from dragoman.pipeline import run

ACTORS = DATA / "actors"
GROUPS = load_records(ACTORS / "armed_groups.jsonl")
ROLES = {"INS", "REB", "MIL", "SEP", "UAF", "PTY", "OPP"}  # the agent codes groups.jsonl uses
TRANSNATIONAL = {"ISIL", "AQ"}
SOURCES = {"petrarch2 Phoenix.MilNonState (MIT)", "general knowledge"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Words that name many things in news English: one of them alone as an alias makes false actors.
COMMON = set("""
the a an and or of in on at to for with by from as is was be it its this that these those they
army forces force front movement group groups party union council league brigade brigades battalion
militia militias rebels rebel insurgents fighters gunmen police guard guards national popular people
peoples resistance liberation defence defense revolution revolutionary justice unity freedom peace hope
change progress dawn storm shield lions tigers tiger wolves eagles hawks falcons dragons warriors
soldiers youth boys patriots platform office state islamic jihad base path way light star sun moon
red black white green blue north south east west central city region province district border
coalition alliance network organisation organization committee command commandos legion unit units
division corps army's government opposition movement's republic democratic democracy congress
sect cult gang gangs cartel family friends crime syndicate order new free united public private
local tribal special armed security military self protection volunteers volunteer uprising fighting
combat elite regional federal civil civilian members supporters loyalists men
""".split())


def by_id():
    out = {}
    for name in _ACTOR_FILES:
        for record in load_records(ACTORS / name):
            out[record["id"]] = record
    return out


def keys_of(records):
    """Every index key the records contribute (names, capitals, demonyms, metonyms, aliases)."""
    found = {}
    for record in records:
        for surface, _, _ in _names(record):
            found.setdefault(_key(surface), record["id"])
    return found


# --- the records validate ------------------------------------------------------------------

def test_there_are_at_least_400_new_groups():
    assert len(GROUPS) >= 400
    assert all(record["type"] == "group" for record in GROUPS)


def test_every_shipped_id_is_unique_across_the_loaded_files():
    seen: dict[str, str] = {}
    for name in _ACTOR_FILES:
        for record in load_records(ACTORS / name):
            assert record["id"] not in seen, f"{record['id']} in {name} and {seen.get(record['id'])}"
            seen[record["id"]] = name


def test_primary_role_code_and_source_are_known():
    states = {r["id"] for r in load_records(ACTORS / "states.jsonl")}
    for record in GROUPS:
        assert record["primary"] in states | TRANSNATIONAL, record["id"]
        assert record["role"] in ROLES, record["id"]
        assert record["code"] == record["primary"] + record["role"], record["id"]
        assert record["source"] in SOURCES, record["id"]
        for period in record["periods"]:
            assert period["role"] in ROLES and period["code"] == record["primary"] + period["role"]


def test_parents_exist_and_transnational_codes_follow_the_parent_chain():
    records = by_id()
    for record in GROUPS:
        parent = record.get("parent")
        assert parent is None or parent in records, record["id"]
        chain, node = set(), record
        while node.get("parent"):
            chain.add(node["parent"])
            node = records[node["parent"]]
        if record["primary"] in TRANSNATIONAL:  # an ISIL province descends from ISIL, an AQ branch from AQ
            assert record["primary"] in chain, record["id"]


def test_names_carrying_islamic_state_or_al_qaeda_take_those_codes():
    for record in GROUPS:
        name = record["name"].lower()
        if name.startswith(("islamic state", "al-qaeda")):
            assert record["primary"] in TRANSNATIONAL, record["id"]


def test_dates_are_well_formed_and_ordered():
    for record in GROUPS:
        spans = [(record.get("valid_from"), record.get("valid_to"))]
        spans += [(p.get("from"), p.get("to")) for p in record["periods"]]
        for start, end in spans:
            for day in (start, end):
                if day is not None:
                    assert DATE.match(day), (record["id"], day)
                    dt.date.fromisoformat(day)
            if start and end:
                assert start < end, record["id"]


def test_aliases_are_listed_once_and_ambiguous_ones_are_kept_apart():
    for record in GROUPS:
        assert record["aliases"] and len(record["aliases"]) == len(set(record["aliases"])), record["id"]
        assert not set(record["aliases"]) & set(record["ambiguous_aliases"]), record["id"]


# --- the names create no false actors --------------------------------------------------------

def test_no_alias_is_a_state_capital_demonym_body_or_person_name():
    others = [r for n in ("states.jsonl", "igos.jsonl", "persons.jsonl") for r in load_records(ACTORS / n)]
    taken = keys_of(others)
    for record in GROUPS:
        for surface, _, _ in _names(record):
            assert _key(surface) not in taken, (record["id"], surface, taken.get(_key(surface)))


def test_no_alias_repeats_a_group_already_shipped_or_another_new_group():
    taken = keys_of(load_records(ACTORS / "groups.jsonl"))
    mine: dict[tuple, str] = {}
    for record in GROUPS:
        for surface, _, _ in _names(record):
            key = _key(surface)
            assert key not in taken, (record["id"], surface, taken.get(key))
            assert mine.setdefault(key, record["id"]) == record["id"], (record["id"], surface)


def test_no_alias_is_a_place_name(ctx):
    """A group's name is matched before places are: a town called like a gang would become the gang."""
    def is_place(key: tuple) -> bool:  # matched freely, or a town of 15,000+
        return any(p.tier == "f" or p.population >= 15_000 for p in ctx.gazetteer.lookup(key))

    for record in GROUPS:
        for alias in record["aliases"]:
            assert not is_place(_key(alias)), (record["id"], alias)


ROLE_NOUNS = {line.split("\t")[0].lower() for line in (ACTORS / "roles.tsv").read_text().splitlines()
              if line and not line.startswith("#")}


def bad_alias(alias: str) -> str | None:
    """Why an alias would make false actors, or None."""
    toks = _key(alias)
    if alias.lower() in COMMON or alias.lower() in ROLE_NOUNS:
        return "a common word or role noun"
    if len(toks) == 1 and toks[0].isupper() and len(toks[0]) < 3:
        return "a one- or two-letter acronym"
    if all(t in COMMON or not t.isalpha() for t in toks) and not any(t[:1].isupper() for t in toks):
        return "a phrase of common words in lower case"
    return None


@pytest.mark.parametrize("alias", ["Front", "militants", "AA", "IS", "public uprising forces", "storm"])
def test_the_alias_guard_rejects_generic_names(alias):
    assert bad_alias(alias)


@pytest.mark.parametrize("alias", ["GATIA", "Bello Turji gang", "Red Hand Defenders", "Wilayat Barqa"])
def test_the_alias_guard_keeps_proper_names(alias):
    assert bad_alias(alias) is None


def test_no_alias_is_a_common_word_a_role_noun_or_a_short_acronym():
    for record in GROUPS:
        for alias in record["aliases"]:
            assert bad_alias(alias) is None, (record["id"], alias, bad_alias(alias))


# --- sentences written for these tests --------------------------------------------------------

def mentions(ctx, text, published):
    doc = run(__import__("dragoman").Doc(document_from_text(text, dt.date.fromisoformat(published))),
              ctx, ["segment", "actors", "coref"])
    return {m.text: m.actor for s in doc.sentences for m in s.mentions}


@pytest.mark.parametrize("text,published,mention,primary,code", [
    ("Fighters of the Arakan Army attacked a border post near Paletwa on Friday.", "2024-02-09",
     "Fighters of the Arakan Army", "MMR", "MMRREB"),
    ("Fighters of the Pa-O National Liberation Army overran a junta camp in southern Shan State.",
     "2024-05-02", "Fighters of the Pa-O National Liberation Army", "MMR", "MMRREB"),
    ("GATIA fighters clashed with jihadists near Menaka on Sunday.", "2017-06-12",
     "GATIA fighters", "MLI", "MLIMIL"),  # an acronym
    ("The PLFI torched three trucks at a road site in Gumla district.", "2021-02-01",
     "PLFI", "IND", "INDINS"),  # an acronym
    ("Members of the Bello Turji gang abducted thirty villagers on Monday.", "2023-04-10",
     "Bello Turji gang", "NGA", "NGAUAF"),  # a faction named after its leader
    ("The Sagni Negasa faction signed a peace deal with the Ethiopian government.", "2025-01-05",
     "Sagni Negasa faction", "ETH", "ETHREB"),  # a faction named after its leader
    ("Gunmen loyal to the Barnawi faction ambushed a convoy near Lake Chad.", "2019-06-01",
     "Barnawi faction", "ISIL", "ISILINS"),
    ("Wilayat Barqa said its men had bombed a checkpoint.", "2015-05-01", "Wilayat Barqa", "ISIL", "ISILINS"),
    ("The al-Qaeda Kurdish Battalions claimed a raid on a police station.", "2012-05-01",
     "al-Qaeda Kurdish Battalions", "AQ", "AQINS"),
    ("Los Choneros gunmen stormed a prison on the coast.", "2023-02-01", "Los Choneros gunmen", "ECU", "ECUUAF"),
    ("Militants of the Benghazi Defence Brigades shelled an oil terminal.", "2017-03-04",
     "Militants of the Benghazi Defence Brigades", "LBY", "LBYINS"),
    ("Arbaki militiamen killed two insurgents in a night raid.", "2019-05-01", "Arbaki militiamen", "AFG", "AFGMIL"),
])
def test_new_groups_resolve_to_their_state_and_role(ctx, text, published, mention, primary, code):
    actor = mentions(ctx, text, published).get(mention)
    assert actor is not None, mentions(ctx, text, published)
    assert (actor.primary, actor.code) == (primary, code)


def test_a_group_changes_role_with_its_period(ctx):
    text = "Fighters of the Karenni National People's Liberation Front attacked an army outpost."
    name = "Fighters of the Karenni National People's Liberation Front"
    assert mentions(ctx, text, "2016-03-05")[name].code == "MMRMIL"  # a Border Guard Force then
    assert mentions(ctx, text, "2024-03-05")[name].code == "MMRREB"  # in the resistance since 2023


def test_a_dissolved_militia_is_no_actor_after_its_end(ctx):
    assert mentions(ctx, "Arbaki militiamen killed two insurgents.", "2023-05-01").get("Arbaki militiamen") is None


def test_an_ambiguous_acronym_alone_is_not_a_group(ctx):
    found = mentions(ctx, "ABB signed a supply contract with a utility.", "2022-01-10")
    assert all(actor is None or actor.type != "group" for actor in found.values())


def test_a_leader_named_gang_is_the_source_of_the_abduction(triples):
    found = triples("Members of the Bello Turji gang abducted thirty villagers in Zamfara on Monday.", "2023-04-10")
    assert any(source == "NGA" and root == "18" for source, _, root in found)


def test_the_petrarch2_notice_ships_with_the_data():
    notice = (DATA / "NOTICE-petrarch2.txt").read_text(encoding="utf-8")
    assert "MIT License" in notice and "Open Event Data" in notice
    derived = [r for r in GROUPS if r["source"].startswith("petrarch2")]
    assert len(derived) >= 50


# --- political parties by name and acronym (their cadres clash, riot and protest) -------------

@pytest.mark.parametrize("text,published,mention,primary", [
    ("Supporters of the Orange Democratic Movement stoned a police vehicle on Tuesday.", "2017-08-09",
     "Orange Democratic Movement", "KEN"),
    ("NRM youths tore down posters of a rival candidate.", "2021-01-05", "NRM", "UGA"),
    ("ZANU-PF activists beat a village headman who had backed the opposition.", "2018-07-20", "ZANU-PF", "ZWE"),
    ("PF cadres blocked the road to the stadium before the rally.", "2021-07-30", "PF cadres", "ZMB"),
    ("BJP workers protested outside the state assembly.", "2022-03-01", "BJP", "IND"),
    ("The Bangladesh Nationalist Party called a nationwide strike.", "2023-10-28", "Bangladesh Nationalist Party",
     "BGD"),
])
def test_parties_resolve_to_their_state(ctx, text, published, mention, primary):
    found = {text: actor for text, actor in mentions(ctx, text, published).items() if mention in text}
    assert found and all(a is not None and (a.primary, a.role) == (primary, "PTY") for a in found.values()), found


def test_a_bare_acronym_shared_with_other_things_is_no_party(ctx):
    """"APC" is also an armoured vehicle, "NDC" a climate pledge: only with their members they are parties."""
    found = mentions(ctx, "An APC was hit by a roadside bomb near the NDC office.", "2020-03-01")
    assert not any(a is not None and a.role == "PTY" for a in found.values()), found
