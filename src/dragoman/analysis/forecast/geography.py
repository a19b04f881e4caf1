"""Who neighbours whom, in which region and in which blocs: the shipped tables as arrays.

``data/places/neighbours.tsv`` gives each state its sub-region, the year it became
independent (when after 1974), its land borders and its maritime neighbours;
``data/recognition/blocs.jsonl`` gives bloc memberships with the dates they run.
Every array is indexed by :attr:`Geography.states`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from ...errors import KnowledgeBaseError
from .months import month_index

__all__ = ["Bloc", "Geography", "load_geography"]

DATA = Path(__file__).resolve().parents[2] / "data"
FAR = 10**6  # a month index no date reaches


@dataclass(frozen=True)
class Bloc:
    id: str
    name: str
    members: tuple[tuple[str, str, str | None], ...]  # (state, from, until)


@dataclass(frozen=True, eq=False)
class Geography:
    states: tuple[str, ...]
    regions: dict[str, str]
    neighbours: dict[str, tuple[str, ...]]
    independent: dict[str, str]  # state -> year, for states independent after 1974
    blocs: tuple[Bloc, ...]
    adjacency: np.ndarray  # n x n, 1 where two states border each other
    same_region: np.ndarray  # n x n, 1 where two different states share a sub-region
    bloc_from: np.ndarray  # blocs x n: first month of membership (FAR: never)
    bloc_until: np.ndarray  # blocs x n: first month after membership (FAR: still a member)
    first_month: np.ndarray  # n: the first month the state exists (0 for the states older than 1975)

    @cached_property
    def index(self) -> dict[str, int]:
        return {s: i for i, s in enumerate(self.states)}

    def exists(self, month: int) -> np.ndarray:
        """Which states existed (were independent) at the start of ``month``."""
        return self.first_month <= month

    def members(self, month: int) -> np.ndarray:
        """blocs x n: 1 where the state is a member of the bloc at the start of ``month``."""
        return ((self.bloc_from <= month) & (month < self.bloc_until)).astype(float)


def _table(path: Path) -> list[list[str]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    if not rows or rows[0][:3] != ["state", "region", "from"]:
        raise KnowledgeBaseError(str(path), 1, "expected the columns state, region, from, land, sea")
    return [row + [""] * (5 - len(row)) for row in rows[1:]]


def _blocs(path: Path, known: set[str]) -> tuple[Bloc, ...]:
    blocs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        members = tuple((m[0], m[1], m[2]) for m in item["members"])
        unknown = [m[0] for m in members if m[0] not in known]
        if unknown:
            raise KnowledgeBaseError(str(path), number, f"unknown state codes {unknown} in bloc {item['id']}")
        blocs.append(Bloc(item["id"], item["name"], members))
    return tuple(blocs)


def _month_after(date: str | None) -> int:
    """The first month a membership dated ``date`` (YYYY, YYYY-MM or YYYY-MM-DD) surely holds."""
    if date is None:
        return FAR
    if len(date) == 4:
        return month_index(f"{date}-12-01") + 1
    return month_index(date if len(date) == 10 else f"{date}-01") + (len(date) == 7)


def load_geography(folder: Path = DATA) -> Geography:
    rows = _table(folder / "places" / "neighbours.tsv")
    states = tuple(r[0] for r in rows)
    index = {s: i for i, s in enumerate(states)}
    n = len(states)
    adjacency, same_region = np.zeros((n, n)), np.zeros((n, n))
    neighbours = {}
    for state, region, _, land, sea in rows:
        near = tuple(sorted(set(land.split()) | set(sea.split())))
        neighbours[state] = near
        for other in near:
            if other not in index:
                raise KnowledgeBaseError(str(folder / "places" / "neighbours.tsv"), None,
                                         f"{state} borders unknown state {other}")
            adjacency[index[state], index[other]] = 1
    regions = {r[0]: r[1] for r in rows}
    for i, a in enumerate(states):
        for j, b in enumerate(states):
            same_region[i, j] = float(i != j and regions[a] == regions[b])
    blocs = _blocs(folder / "recognition" / "blocs.jsonl", set(states))
    start, until = np.full((len(blocs), n), FAR), np.full((len(blocs), n), FAR)
    for b, bloc in enumerate(blocs):
        for state, since, end in bloc.members:
            start[b, index[state]] = min(start[b, index[state]], _month_after(since))
            until[b, index[state]] = _month_after(end) if end else FAR
    independent = {r[0]: r[2] for r in rows if r[2]}
    first = np.array([month_index(f"{independent[s]}-01-01") if s in independent else 0 for s in states])
    return Geography(states, regions, neighbours, independent, blocs, adjacency, same_region, start, until, first)
