"""The features of the hazard model: plain functions of (context, month) -> one value per state.

A :class:`Context` is one entity's history, the geography and the coded events; a
feature at month ``k`` reads only what was known before month ``k`` began. Each
feature is named for what it measures; :data:`FEATURES` lists them in model order.

>>> ctx = context("TWN", as_of="2016-01-01")
>>> round(float(neighbour_share(ctx, ctx.now)[ctx.geo.index["HND"]]), 2)  # GTM, NIC, SLV of 3
1.0
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from ..recognition import Baseline, Entity, load_baseline, resolve_entity
from ..recognition_events import coded_facts
from .events import Dyads, load_dyads, partner_sums
from .geography import Geography, load_geography
from .history import History, build_history
from .months import months_after

__all__ = ["FEATURES", "RECENT", "WINDOW", "Context", "context", "feature_matrix"]

RECENT = 24  # months: "recently" for neighbours, region and the world
WINDOW = 12  # months: the window for coded events


@dataclass(frozen=True, eq=False)
class Context:
    geo: Geography
    history: History
    dyads: Dyads
    now: int  # the month whose start is the as-of point: status[now] is what is known

    @property
    def entity(self) -> Entity:
        return self.history.entity

    @cached_property
    def hazards(self) -> dict[str, np.ndarray]:
        """Per month k: the entity's changes per state-year at risk, from its first recognition to k."""
        s = self.history.status
        months = np.arange(s.shape[0])
        exists = self.geo.first_month[None, :] <= months[:, None]
        first = self.history.first_recognition()
        keep = (months[:-1] >= (first if first is not None else s.shape[0]))[:, None] & exists[:-1]
        out = {}
        for name, was, becomes in (("start", 0, 1), ("end", 1, 0)):
            moved = ((s[:-1] == was) & (s[1:] == becomes) & keep).sum(axis=1)
            exposed = ((s[:-1] == was) & keep).sum(axis=1)
            cum_moved = np.concatenate([[0], np.cumsum(moved)])
            cum_exposed = np.concatenate([[0], np.cumsum(exposed)])
            out[name] = np.divide(12 * cum_moved, cum_exposed, out=np.zeros(len(cum_moved)), where=cum_exposed > 0)
        return out

    def one_hot(self, code: str | None) -> np.ndarray:
        vec = np.zeros(self.dyads.size)
        index = self.geo.index
        if code in index:
            vec[index[code]] = 1.0
        elif code and code == self.entity.primary:
            vec[-1] = 1.0
        return vec


def context(entity: str, as_of: str, conn: sqlite3.Connection | None = None, *,
            baseline: Baseline | None = None, geo: Geography | None = None) -> Context:
    """Everything known about ``entity`` before ``as_of`` (YYYY-MM-DD): facts, coded events, geography."""
    baseline = baseline or load_baseline()
    geo = geo or load_geography()
    target = resolve_entity(baseline, entity)
    facts = [f for f in baseline.facts if f.entity == target.id]
    if conn is not None:
        facts += coded_facts(conn, target, baseline.states)
    now = months_after(as_of)
    facts = [f for f in facts if f.known < as_of]
    return Context(geo, build_history(target, facts, geo, now + 1), load_dyads(conn, geo, target, as_of), now)


def _share(matrix: np.ndarray, values: np.ndarray, exists: np.ndarray) -> np.ndarray:
    """Per state: the share of its related states (``matrix`` rows) that exist and have ``values``."""
    present = exists.astype(float)
    total = matrix @ present
    return np.divide(matrix @ (values * present), total, out=np.zeros(len(total)), where=total > 0)


def _started(ctx: Context, k: int) -> np.ndarray:
    """1 where the state recognizes at ``k`` but did not ``RECENT`` months before."""
    s = ctx.history.status
    return ((s[k] == 1) & (s[max(k - RECENT, 0)] == 0)).astype(float)


def _ended(ctx: Context, k: int) -> np.ndarray:
    s = ctx.history.status
    return ((s[k] == 0) & (s[max(k - RECENT, 0)] == 1)).astype(float)


def neighbour_share(ctx: Context, k: int) -> np.ndarray:
    """Share of the state's neighbours (land and sea) that recognize."""
    return _share(ctx.geo.adjacency, ctx.history.status[k].astype(float), ctx.geo.exists(k))


def neighbours_started_recently(ctx: Context, k: int) -> np.ndarray:
    """Share of the neighbours that began to recognize in the last two years."""
    return _share(ctx.geo.adjacency, _started(ctx, k), ctx.geo.exists(k))


def neighbours_withdrew_recently(ctx: Context, k: int) -> np.ndarray:
    """Share of the neighbours that stopped recognizing in the last two years."""
    return _share(ctx.geo.adjacency, _ended(ctx, k), ctx.geo.exists(k))


def region_share(ctx: Context, k: int) -> np.ndarray:
    """Share of the other states of its sub-region that recognize."""
    return _share(ctx.geo.same_region, ctx.history.status[k].astype(float), ctx.geo.exists(k))


def region_started_recently(ctx: Context, k: int) -> np.ndarray:
    return _share(ctx.geo.same_region, _started(ctx, k), ctx.geo.exists(k))


def region_withdrew_recently(ctx: Context, k: int) -> np.ndarray:
    return _share(ctx.geo.same_region, _ended(ctx, k), ctx.geo.exists(k))


def bloc_share(ctx: Context, k: int) -> np.ndarray:
    """The highest share, over the blocs the state belongs to, of the other members that recognize."""
    members = ctx.geo.members(k) * ctx.geo.exists(k)[None, :]
    status = ctx.history.status[k].astype(float)
    recognizing = members @ status  # per bloc
    size = members.sum(axis=1)
    # for each state and bloc: share of the *other* members that recognize
    others = size[:, None] - members
    share = np.divide(recognizing[:, None] - members * status[None, :], others,
                      out=np.zeros_like(members), where=others > 0)
    return (share * members).max(axis=0) if len(members) else np.zeros(len(status))


def world_share(ctx: Context, k: int) -> np.ndarray:
    """Share of all states that recognize (the same for every state)."""
    exists = ctx.geo.exists(k)
    return np.full(len(exists), ctx.history.status[k][exists].mean())


def world_started_recently(ctx: Context, k: int) -> np.ndarray:
    """log(1 + number of states that began to recognize in the last two years): the cascade's pace."""
    return np.full(len(ctx.geo.states), np.log1p(_started(ctx, k).sum()))


def world_withdrew_recently(ctx: Context, k: int) -> np.ndarray:
    return np.full(len(ctx.geo.states), np.log1p(_ended(ctx, k).sum()))


def _rate(ctx: Context, k: int, moved: np.ndarray, at_risk: np.ndarray) -> np.ndarray:
    """Changes a year over the last five years, per state at risk now (the entity's own recent hazard)."""
    exists = ctx.geo.exists(k)
    rate = moved[exists].sum() / 5 / max(int(at_risk[exists].sum()), 1)
    return np.full(len(exists), np.log1p(100 * rate))


def starts_per_year_lately(ctx: Context, k: int) -> np.ndarray:
    """log(1 + 100 x the yearly share of non-recognizers that began to recognize over the last five years)."""
    s = ctx.history.status
    moved = ((s[k] == 1) & (s[max(k - 60, 0)] == 0)).astype(float)
    return _rate(ctx, k, moved, (s[k] == 0).astype(float) + moved)


def withdrawals_per_year_lately(ctx: Context, k: int) -> np.ndarray:
    """log(1 + 100 x the yearly share of recognizers that stopped over the last five years)."""
    s = ctx.history.status
    moved = ((s[k] == 0) & (s[max(k - 60, 0)] == 1)).astype(float)
    return _rate(ctx, k, moved, (s[k] == 1).astype(float) + moved)


def starts_per_state_year(ctx: Context, k: int) -> np.ndarray:
    """log(1 + 100 x the entity's starts per non-recognizer and year, from its first recognition to now)."""
    return np.full(len(ctx.geo.states), np.log1p(100 * ctx.hazards["start"][k]))


def withdrawals_per_state_year(ctx: Context, k: int) -> np.ndarray:
    """log(1 + 100 x the entity's withdrawals per recognizer and year, from its first recognition to now)."""
    return np.full(len(ctx.geo.states), np.log1p(100 * ctx.hazards["end"][k]))


def years_since_first_recognition(ctx: Context, k: int) -> np.ndarray:
    """log(1 + years since some state first recognized the entity), 0 before that."""
    first = ctx.history.first_recognition()
    years = 0.0 if first is None or first > k else (k - first) / 12
    return np.full(len(ctx.geo.states), np.log1p(years))


def past_changes(ctx: Context, k: int) -> np.ndarray:
    """log(1 + the state's own earlier changes of stance): states that switched before switch again."""
    return np.log1p(ctx.history.changes[k].astype(float))


def cooperation_with_entity(ctx: Context, k: int) -> np.ndarray:
    """log(1 + cooperative coded events, either way, between the state and the entity in the last 12 months)."""
    return np.log1p(partner_sums(ctx.dyads, k - WINDOW, k, ctx.one_hot(ctx.entity.primary))["cooperative"])


def hostility_with_entity(ctx: Context, k: int) -> np.ndarray:
    return np.log1p(partner_sums(ctx.dyads, k - WINDOW, k, ctx.one_hot(ctx.entity.primary))["hostile"])


def goldstein_trend_with_entity(ctx: Context, k: int) -> np.ndarray:
    """Summed Goldstein with the entity in the last 6 months less the 6 before, over 10."""
    partner = ctx.one_hot(ctx.entity.primary)
    recent = partner_sums(ctx.dyads, k - 6, k, partner)["goldstein"]
    before = partner_sums(ctx.dyads, k - 12, k - 6, partner)["goldstein"]
    return np.tanh((recent - before) / 10)


def balance_with_rival(ctx: Context, k: int) -> np.ndarray:
    """Summed Goldstein of the state's events with the entity's rival (Beijing for Taiwan), 12 months, over 10."""
    if not ctx.entity.rival:
        return np.zeros(len(ctx.geo.states))
    return np.tanh(partner_sums(ctx.dyads, k - WINDOW, k, ctx.one_hot(ctx.entity.rival))["goldstein"] / 10)


def balance_with_recognizers(ctx: Context, k: int) -> np.ndarray:
    """Summed Goldstein of the state's events with the states that recognize, 12 months, over 10."""
    partners = np.append(ctx.history.status[k].astype(float), 0.0)
    return np.tanh(partner_sums(ctx.dyads, k - WINDOW, k, partners)["goldstein"] / 10)


FEATURES: dict[str, Callable[[Context, int], np.ndarray]] = {f.__name__: f for f in (
    neighbour_share, neighbours_started_recently, neighbours_withdrew_recently,
    region_share, region_started_recently, region_withdrew_recently, bloc_share,
    world_share, world_started_recently, world_withdrew_recently, starts_per_year_lately,
    withdrawals_per_year_lately, starts_per_state_year, withdrawals_per_state_year, years_since_first_recognition,
    past_changes, cooperation_with_entity, hostility_with_entity, goldstein_trend_with_entity,
    balance_with_rival, balance_with_recognizers)}


def feature_matrix(ctx: Context, k: int) -> np.ndarray:
    """n x features at month ``k``, columns in the order of :data:`FEATURES`."""
    return np.column_stack([f(ctx, k) for f in FEATURES.values()])
