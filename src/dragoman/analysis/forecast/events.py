"""Coded events between states, from the store, as arrays the features can sum over windows.

One row per clustered event between two sides, each a state of the geography or the
entity itself (which gets the index after the last state). Only events whose date
interval starts before the cut-off day are read, so a forecast as of a day sees only
what was coded before it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import numpy as np

from ..recognition import Entity
from .geography import Geography
from .months import month_index

__all__ = ["Dyads", "load_dyads", "partner_sums"]


@dataclass(frozen=True, eq=False)
class Dyads:
    month: np.ndarray  # sorted
    a: np.ndarray
    b: np.ndarray
    goldstein: np.ndarray
    cooperative: np.ndarray  # quad class 1 or 2
    size: int  # number of indexable sides: the states, then the entity

    @classmethod
    def empty(cls, size: int) -> Dyads:
        none = np.zeros(0)
        return cls(none.astype(int), none.astype(int), none.astype(int), none, none.astype(bool), size)


def load_dyads(conn: sqlite3.Connection | None, geo: Geography, entity: Entity, before: str) -> Dyads:
    """The store's clustered events between states (and the entity) dated before ``before``."""
    n = len(geo.states)
    if conn is None:
        return Dyads.empty(n + 1)
    index = dict(geo.index)
    if entity.primary:
        index[entity.primary] = index.get(entity.primary, n)
    rows = conn.execute(
        "SELECT source_primary, target_primary, lo, goldstein, quad_class FROM clusters"
        " WHERE lo IS NOT NULL AND lo < ? AND source_primary != target_primary ORDER BY lo", (before,)).fetchall()
    kept = [(month_index(r[2]), index[r[0]], index[r[1]], r[3] or 0.0, r[4] in (1, 2)) for r in rows
            if r[0] in index and r[1] in index
            and not (entity.start and entity.primary in (r[0], r[1]) and r[2] < entity.start)]
    if not kept:
        return Dyads.empty(n + 1)
    cols = list(zip(*kept))
    return Dyads(np.array(cols[0]), np.array(cols[1]), np.array(cols[2]), np.array(cols[3], dtype=float),
                 np.array(cols[4], dtype=bool), n + 1)


def partner_sums(dyads: Dyads, start: int, end: int, partners: np.ndarray) -> dict[str, np.ndarray]:
    """Per state, over events in months [start, end) whose other side is a partner:
    ``cooperative`` and ``hostile`` counts and the summed ``goldstein``.

    ``partners`` is a 0/1 vector over the indexable sides (states, then the entity).
    """
    lo, hi = np.searchsorted(dyads.month, [start, end])
    size = dyads.size
    out = {"cooperative": np.zeros(size), "hostile": np.zeros(size), "goldstein": np.zeros(size)}
    if hi <= lo:
        return {k: v[:size - 1] for k, v in out.items()}
    a, b = dyads.a[lo:hi], dyads.b[lo:hi]
    weight, coop = dyads.goldstein[lo:hi], dyads.cooperative[lo:hi]
    for side, other in ((a, b), (b, a)):
        hit = partners[other] > 0
        np.add.at(out["cooperative"], side[hit & coop], 1.0)
        np.add.at(out["hostile"], side[hit & ~coop], 1.0)
        np.add.at(out["goldstein"], side[hit], weight[hit])
    return {k: v[:size - 1] for k, v in out.items()}
