"""The data the forecast stands on: complete recognition histories, the neighbours table, the blocs."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from dragoman.analysis import load_baseline, recognition
from dragoman.analysis.forecast import load_geography

DATA = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data"
KNOWN = {json.loads(line)["id"] for line in (DATA / "actors" / "states.jsonl").read_text().splitlines() if line.strip()}


def test_every_withdrawal_follows_a_recognition_of_the_same_state_and_entity():
    history = defaultdict(list)
    for fact in load_baseline().facts:
        history[(fact.entity, fact.recognizer)].append(fact)
    orphans = []
    for (entity, state), facts in history.items():
        seen = False
        for fact in sorted(facts, key=lambda f: (f.start, f.known)):
            if fact.status == "recognizes":
                seen = True
            elif fact.status in ("withdrew", "no relations") and not seen:
                orphans.append(fact.id)
    assert orphans == []


def test_taiwan_had_23_allies_on_2010_01_01_and_12_in_july_2025():
    def allies(day):
        return {r["primary"] for r in recognition(None, "TWN", day) if r["status"] == "recognizes"}
    assert len(allies("2010-01-01")) == 23
    assert len(allies("2025-07-20")) == 12
    assert {"PAN", "DOM", "SLV", "SLB", "KIR", "NIC", "HND", "NRU", "STP", "BFA"} <= allies("2016-06-01")


def test_taiwan_switches_back_and_forth_are_all_there():
    facts = [f for f in load_baseline().facts if f.entity == "TWN"]
    def statuses(state):
        return [f.status for f in sorted((f for f in facts if f.recognizer == state), key=lambda f: f.start)]
    assert statuses("NRU") == ["recognizes", "withdrew", "recognizes", "withdrew"]
    assert statuses("LBR") == ["recognizes", "withdrew", "recognizes", "withdrew"]
    assert statuses("VUT") == ["recognizes", "withdrew"]
    assert all(f.source for f in facts)


def test_neighbours_are_symmetric_and_known_states():
    geo = load_geography()
    assert set(geo.states) <= KNOWN
    for state, near in geo.neighbours.items():
        assert state not in near
        for other in near:
            assert state in geo.neighbours[other], f"{state} lists {other}, not the reverse"
    assert (geo.adjacency == geo.adjacency.T).all()
    assert set(geo.neighbours["FRA"]) >= {"BEL", "DEU", "ESP", "ITA", "CHE", "GBR"}
    assert all(geo.neighbours[s] for s in geo.states)  # no state without a neighbour


def test_every_state_has_a_region_and_every_bloc_member_is_a_state():
    geo = load_geography()
    assert set(geo.regions) == set(geo.states) and all(geo.regions.values())
    for bloc in geo.blocs:
        assert {m[0] for m in bloc.members} <= set(geo.states), bloc.id
    assert {b.id for b in geo.blocs} >= {"AU", "AL", "OIC", "EU", "SCO", "BRICS", "ASEAN", "GCC", "CARICOM", "SICA",
                                          "PIF", "CELAC"}


def test_bloc_membership_follows_its_dates():
    from dragoman.analysis.forecast.months import month_index
    geo = load_geography()
    eu = [b.id for b in geo.blocs].index("EU")
    gbr, hrv = geo.index["GBR"], geo.index["HRV"]
    assert geo.members(month_index("2019-06-01"))[eu, gbr] == 1
    assert geo.members(month_index("2021-06-01"))[eu, gbr] == 0
    assert geo.members(month_index("2013-06-01"))[eu, hrv] == 0
    assert geo.members(month_index("2014-01-01"))[eu, hrv] == 1
