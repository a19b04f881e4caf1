"""The forecast: every state whose stance towards an entity could change, ranked by the
chance that it changes within the horizon, each with the factors behind its rank."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import numpy as np

from ...errors import StoreError
from ..recognition import Baseline, load_baseline, resolve_entity
from .explain import factors
from .features import FEATURES, Context, context, feature_matrix
from .geography import Geography, load_geography
from .hazard import DIRECTIONS, HazardModel, at_risk, build_panel, fit_hazard, horizon_probability
from .months import month_start

__all__ = ["THIN", "fit_as_of", "forecast_recognition", "rank"]

THIN = 10  # fewer dated changes than this before the as-of day: the history is thin


def _day(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise StoreError(f"--as-of must be a YYYY-MM-DD date, not {value!r}") from None


def fit_as_of(as_of: str, conn: sqlite3.Connection | None = None, *, baseline: Baseline | None = None,
              geo: Geography | None = None) -> tuple[HazardModel, dict[str, Context]]:
    """The model fitted on every entity's facts and events dated before ``as_of``, and the contexts."""
    baseline = baseline or load_baseline()
    geo = geo or load_geography()
    entities = sorted({f.entity for f in baseline.facts} & set(baseline.entities))
    contexts = {e: context(e, as_of, conn, baseline=baseline, geo=geo) for e in entities}
    return fit_hazard(build_panel(list(contexts.values()))), contexts


def rank(model: HazardModel, ctx: Context, horizon: int = 365) -> list[dict[str, Any]]:
    """The states at risk at ``ctx.now``, most likely change first."""
    k = ctx.now
    x = feature_matrix(ctx, k)
    rows = []
    for d, mask in zip(DIRECTIONS, at_risk(ctx, k)):
        index = np.flatnonzero(mask)
        if not index.size:
            continue
        monthly = model.monthly(d, x[index])
        for i, p_month, p in zip(index, monthly, horizon_probability(monthly, horizon)):
            rows.append({"primary": ctx.geo.states[i], "change": _change(ctx, d),
                         "probability": round(float(p), 4), "monthly": float(p_month),
                         "factors": factors(ctx, int(i), k),
                         "features": {n: round(float(v), 4) for n, v in zip(FEATURES, x[i])}})
    rows.sort(key=lambda r: (-r["monthly"], r["primary"]))
    for position, row in enumerate(rows, 1):
        row["rank"] = position
        row["monthly"] = round(row["monthly"], 6)
    return rows


def _change(ctx: Context, direction: str) -> str:
    if direction == "start":
        return "recognize"
    return f"switch to {ctx.entity.rival}" if ctx.entity.rival else "withdraw"


def forecast_recognition(conn: sqlite3.Connection | None, entity: str, as_of: str, horizon: int = 365,
                         baseline: Baseline | None = None) -> dict[str, Any]:
    """Who may change their stance towards ``entity`` within ``horizon`` days after ``as_of``.

    Fitted only on facts known and events dated before ``as_of``. The result has the
    entity, the as-of day, the horizon, ``notes`` (a thin history, no store), the fitted
    coefficients, and ``ranking``: ``primary``, ``name``, ``change``, ``probability``
    (within the horizon), ``factors`` (a sentence) and the ``features``.
    """
    as_of = _day(as_of)
    if horizon < 1:
        raise StoreError(f"--horizon must be a positive number of days, not {horizon}")
    baseline = baseline or load_baseline()
    target = resolve_entity(baseline, entity)
    model, contexts = fit_as_of(as_of, conn, baseline=baseline)
    ctx = contexts.get(target.id) or context(target.id, as_of, conn, baseline=baseline)
    if ctx.history.first_recognition() is None and not ctx.history.changes_before(ctx.now):
        raise StoreError(f"no recognition of {target.id} is known before {as_of}: there is no history to forecast from")
    ranking = rank(model, ctx, horizon)
    for row in ranking:
        row["name"] = baseline.states.get(row["primary"], row["primary"])
    return {"entity": target.id, "name": target.name, "as_of": as_of, "horizon": horizon,
            "recognizers": int(ctx.history.status[ctx.now].sum()), "notes": _notes(ctx, conn, as_of),
            "coefficients": {d: m.coefficients() if m else None for d, m in model.models.items()},
            "ranking": ranking}


def _notes(ctx: Context, conn: sqlite3.Connection | None, as_of: str) -> list[str]:
    notes = []
    changes = ctx.history.changes_before(ctx.now)
    if changes < THIN:
        notes.append(f"thin history: {changes} dated change{'s' if changes != 1 else ''} of stance known before "
                     f"{as_of}; the ranking leans on what other entities' cascades teach")
    if not ctx.history.withdrawals_before(ctx.now):
        notes.append("no withdrawal known so far: recognizers are not ranked")
    if conn is None:
        notes.append("no store: the coded-event features are zero")
    else:
        own = np.flatnonzero(ctx.one_hot(ctx.entity.primary))
        if not (np.isin(ctx.dyads.a, own).any() or np.isin(ctx.dyads.b, own).any()):
            notes.append("the store has no coded event with the entity before this day: its event features are zero")
    first = ctx.history.first_recognition()
    if first is not None:
        notes.append(f"first recognition known from {month_start(first)[:7]}")
    return notes
