"""The discrete-time hazard model: one row per (entity, state, month) at risk, one logistic fit per direction.

A state not recognizing the entity is at risk of **starting**; a state recognizing it
is at risk of **ending** (withdrawing, or switching to the rival) once the entity's
history shows a withdrawal. The label of the row for month ``k`` is whether the state's
status changed by the start of month ``k + 1``. Both directions pool the history of
every entity in the baseline, so a thin history borrows from the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ...errors import DragomanError
from .features import FEATURES, Context, feature_matrix
from .model import Logistic, fit_logistic
from .months import month_index

__all__ = ["DIRECTIONS", "FIRST_MONTH", "HazardModel", "Panel", "at_risk", "build_panel", "fit_hazard",
           "horizon_probability"]

DIRECTIONS = ("start", "end")
FIRST_MONTH = month_index("1980-01-01")  # the panel starts here (or when the entity's history does)
L2 = 10.0
STRIDE = 4  # one row in this many without a change is kept for fitting, counted this many times


@dataclass(frozen=True, eq=False)
class Panel:
    x: np.ndarray
    y: np.ndarray
    month: np.ndarray
    direction: np.ndarray  # index into DIRECTIONS
    entity: np.ndarray  # entity ids
    state: np.ndarray  # state index in the geography

    def select(self, mask: np.ndarray) -> Panel:
        return Panel(self.x[mask], self.y[mask], self.month[mask], self.direction[mask], self.entity[mask],
                     self.state[mask])


def _withdrawn(ctx: Context) -> np.ndarray:
    """withdrawn[k]: the entity's withdrawals known at the start of month k."""
    s = ctx.history.status
    return np.concatenate([[0], np.cumsum(((s[1:] == 0) & (s[:-1] == 1)).sum(axis=1))])


def at_risk(ctx: Context, k: int, withdrawn: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(may start, may end) masks over states at month ``k``."""
    geo, entity = ctx.geo, ctx.entity
    eligible = geo.exists(k) & ~np.isin(np.array(geo.states), [entity.primary, entity.rival, entity.id])
    status = ctx.history.status[k]
    withdrawals = (withdrawn if withdrawn is not None else _withdrawn(ctx))[k]
    return eligible & (status == 0), eligible & (status == 1) & (withdrawals > 0)


def build_panel(contexts: Sequence[Context], first: int = FIRST_MONTH) -> Panel:
    """The rows of every context's months from ``first`` (or just before its first recognition) to its ``now``."""
    parts: list[tuple] = []
    for ctx in contexts:
        begin = ctx.history.first_recognition()
        if begin is None:
            continue
        withdrawn = _withdrawn(ctx)
        status = ctx.history.status
        for k in range(max(first, begin - 1), ctx.now):
            start, end = at_risk(ctx, k, withdrawn)
            if not (start.any() or end.any()):
                continue
            x = feature_matrix(ctx, k)
            changed = status[k + 1] != status[k]
            for d, mask in enumerate((start, end)):
                rows = np.flatnonzero(mask)
                if rows.size:
                    parts.append((x[rows], changed[rows], np.full(rows.size, k), np.full(rows.size, d),
                                  np.full(rows.size, ctx.entity.id), rows))
    if not parts:
        width = len(FEATURES)
        return Panel(np.zeros((0, width)), np.zeros(0), np.zeros(0, int), np.zeros(0, int), np.zeros(0, str),
                     np.zeros(0, int))
    cols = list(zip(*parts))
    return Panel(np.vstack(cols[0]), np.concatenate(cols[1]).astype(float), *(np.concatenate(c) for c in cols[2:]))


@dataclass(frozen=True, eq=False)
class HazardModel:
    models: dict[str, Logistic | None]  # direction -> its fitted model (None: no event to learn from)
    base_rates: dict[str, float]
    columns: tuple[int, ...]  # the feature columns the models read

    def monthly(self, direction: str, x: np.ndarray) -> np.ndarray:
        """The monthly hazard of rows of full feature matrices ``x``."""
        model = self.models[direction]
        if model is None:
            return np.full(len(x), self.base_rates[direction])
        return model.predict(x[:, list(self.columns)])


def fit_hazard(panel: Panel, before: int | None = None, l2: float = L2,
               columns: Sequence[int] | None = None) -> HazardModel:
    """Fit each direction on the rows whose outcome was known before month ``before``."""
    rows = panel if before is None else panel.select(panel.month < before)
    names = tuple(FEATURES)
    columns = list(range(len(names))) if columns is None else list(columns)
    models, rates = {}, {}
    for d, direction in enumerate(DIRECTIONS):
        part = rows.select(rows.direction == d)
        rates[direction] = float(part.y.mean()) if len(part.y) else 0.0
        keep = (part.y > 0) | (np.arange(len(part.y)) % STRIDE == 0)  # changes are rare: thin the others
        weight = np.where(part.y[keep] > 0, 1.0, float(STRIDE))
        try:
            models[direction] = fit_logistic(part.x[keep][:, columns], part.y[keep], tuple(names[c] for c in columns),
                                             l2, weight=weight)
        except DragomanError:  # no events in this direction yet: fall back on the base rate
            models[direction] = None
    return HazardModel(models, rates, tuple(columns))


def horizon_probability(monthly: np.ndarray, days: int) -> np.ndarray:
    """The chance of at least one change within ``days``, the monthly hazard held constant."""
    return 1 - (1 - monthly) ** (days / 30.4375)
