"""Generic actors ("gunmen", "teachers", "security forces") take the state of the place where
they act, and their role noun gives the CAMEO agent. Sentences written for these tests."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PHOENIX = ROOT.parent / "shared" / "reference" / "petrarch2" / "Phoenix.agents.txt"


def _sources(coded, text, published="2023-05-10"):
    return {(e.source.primary, e.source.code, e.root) for e in coded(text, published).events}


def test_strikers_take_the_state_of_the_city_they_strike_in(triples):
    assert ("ZWE", "ZWE", "14") in triples("Hundreds of nurses went on strike in Bulawayo over unpaid allowances.")


def test_role_noun_gives_the_agent_code(coded):
    events = coded("Bandits abducted nine passengers near Kaduna on Sunday.", "2023-05-10").events
    assert [(e.source.primary, e.source.code, e.root) for e in events] == [("NGA", "NGACRM", "18")]


def test_armed_forces_in_a_sentence_with_a_foreign_state_are_not_the_place_s(triples):
    found = triples("Norway said on Monday that warplanes bombed a village near Kidal.")
    assert ("MLI", "MLI", "19") not in found


def test_possessed_forces_belong_to_their_owner(triples):
    found = triples("Ankara said its troops shelled positions near Qamishli on Monday.")
    assert not any(src == "SYR" for src, _, root in found if root == "19")


def test_a_singular_role_used_as_an_adjective_is_no_actor(triples):
    found = triples("Turkish jets struck militant hideouts in northern Iraq and Syria on Sunday.")
    assert {("TUR", "IRQ", "19"), ("TUR", "SYR", "19")} <= found


def test_a_hyphenated_role_is_no_actor(triples):
    assert triples("A right-wing newspaper in Lisbon praised the mayor on Friday.") == set()


def test_police_take_the_place_named_in_the_previous_sentence(triples):
    found = triples("A bomb damaged a bridge in Peshawar on Monday. Police arrested three suspects.")
    assert ("PAK", "PAK", "17") in found


def test_shipped_agents_file_matches_its_build_script():
    if not PHOENIX.is_file():
        pytest.skip("../shared/reference/petrarch2 is not beside the project")
    import importlib.util
    spec = importlib.util.spec_from_file_location("build_agents", ROOT / "scripts" / "build_agents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = (ROOT / "src" / "dragoman" / "data" / "actors" / "agents.tsv").read_text(encoding="utf-8")
    assert module.build(PHOENIX) == shipped


def test_agents_file_rows_are_people_with_known_role_codes():
    rows = [line.split("\t") for line in
            (ROOT / "src" / "dragoman" / "data" / "actors" / "agents.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert len(rows) > 1000
    assert all(len(r) == 4 and r[3] == "petrarch2" and len(r[1]) == 3 and r[2] in ("person", "group")
               for r in rows)
    phrases = {r[0] for r in rows}
    assert {"bandits", "villagers", "teachers", "policemen"} <= phrases
    assert not {"village", "prison", "palace", "community"} & phrases
