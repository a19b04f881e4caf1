"""The rolling-origin backtest: for each year T, fit on what was known before T and predict T's changes.

Each (year, entity, state at risk) is one prediction: the chance that the state
changes its stance within the year, from the model and from two baselines:

- **base rate**: the entity's own monthly rate of that kind of change before T, the
  same for every state at risk;
- **region share**: a logistic fit on one feature, the share of the state's region
  that already recognizes.

Scores: AUC, Brier score and the share of the year's changes ranked in the entity's
top 10, pooled over entities and years, plus a calibration table.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from ..recognition import Baseline, load_baseline
from .features import FEATURES, context, feature_matrix
from .geography import Geography, load_geography
from .hazard import DIRECTIONS, HazardModel, Panel, at_risk, build_panel, fit_hazard, horizon_probability
from .months import month_index
from .ranking import fit_as_of, rank

__all__ = ["BINS", "auc", "backtest", "brier", "calibration", "switch_ranks", "top_hits"]

BINS = (0.0, 0.01, 0.03, 0.1, 0.3, 1.0)
SCORERS = ("model", "base_rate", "region_share")


def auc(scores: np.ndarray, outcomes: np.ndarray) -> float | None:
    """The chance that a state that changed scores above one that did not (ties count half)."""
    pos, neg = int(outcomes.sum()), int(len(outcomes) - outcomes.sum())
    if not pos or not neg:
        return None
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[outcomes == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def brier(probabilities: np.ndarray, outcomes: np.ndarray) -> float:
    return float(np.mean((probabilities - outcomes) ** 2))


def top_hits(scores: np.ndarray, outcomes: np.ndarray, top: int = 10) -> float:
    """The expected number of changes among the ``top`` highest scores (ties broken at random)."""
    hits, room = 0.0, top
    for value in sorted(set(scores.tolist()), reverse=True):
        if room <= 0:
            break
        group = scores == value
        size, changed = int(group.sum()), float(outcomes[group].sum())
        hits += changed if size <= room else changed * room / size
        room -= size
    return hits


def calibration(probabilities: np.ndarray, outcomes: np.ndarray, bins=BINS) -> list[dict[str, Any]]:
    rows = []
    for lo, hi in zip(bins, bins[1:]):
        inside = (probabilities >= lo) & ((probabilities < hi) if hi < 1 else (probabilities <= hi))
        if inside.any():
            rows.append({"from": lo, "to": hi, "n": int(inside.sum()), "predicted": round(float(probabilities[inside].mean()), 4),
                         "observed": round(float(outcomes[inside].mean()), 4), "changes": int(outcomes[inside].sum())})
    return rows


def _entity_rates(panel: Panel, before: int) -> dict[tuple[str, int], float]:
    rows = panel.select(panel.month < before)
    rates = {}
    for d in range(len(DIRECTIONS)):
        part = rows.select(rows.direction == d)
        pooled = float(part.y.mean()) if len(part.y) else 0.0
        for entity in set(part.entity.tolist()):
            mine = part.y[part.entity == entity]
            rates[(entity, d)] = float(mine.mean()) if mine.sum() else pooled / 10
        rates[("*", d)] = pooled
    return rates


def _year(contexts, panel: Panel, year: int) -> list[dict[str, Any]]:
    k0 = month_index(f"{year}-01-01")
    model = fit_hazard(panel, before=k0)
    region = fit_hazard(panel, before=k0, columns=[list(FEATURES).index("region_share")])
    rates = _entity_rates(panel, k0)
    out = []
    for ctx in contexts:
        first = ctx.history.first_recognition()
        if first is None or first >= k0 or ctx.now < k0 + 12:
            continue
        x = feature_matrix(ctx, k0)
        future = ctx.history.status[k0 + 1:k0 + 13]
        for d, mask in enumerate(at_risk(ctx, k0)):
            index = np.flatnonzero(mask)
            if not index.size:
                continue
            changed = (future[:, index] == 1).any(axis=0) if d == 0 else (future[:, index] == 0).any(axis=0)
            rate = rates.get((ctx.entity.id, d), rates.get(("*", d), 0.0))
            scores = {"model": horizon_probability(model.monthly(DIRECTIONS[d], x[index]), 365),
                      "region_share": horizon_probability(region.monthly(DIRECTIONS[d], x[index]), 365),
                      "base_rate": horizon_probability(np.full(index.size, rate), 365)}
            for j, i in enumerate(index):
                out.append({"year": year, "entity": ctx.entity.id, "state": ctx.geo.states[i],
                            "direction": DIRECTIONS[d], "changed": bool(changed[j]),
                            **{s: float(scores[s][j]) for s in SCORERS}})
    return out


def _scores(rows: list[dict[str, Any]]) -> dict[str, dict[str, float | None]]:
    y = np.array([r["changed"] for r in rows], dtype=float)
    out = {}
    for s in SCORERS:
        p = np.array([r[s] for r in rows])
        hits = total = 0.0
        for key in sorted({(r["year"], r["entity"]) for r in rows}):
            group = np.array([(r["year"], r["entity"]) == key for r in rows])
            hits += top_hits(p[group], y[group])
            total += y[group].sum()
        out[s] = {"auc": _round(auc(p, y)), "brier": round(brier(p, y), 5) if len(y) else None,
                  "top10": round(float(hits / total), 4) if total else None}
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def backtest(first: int = 2000, last: int = 2024, *, baseline: Baseline | None = None,
             geo: Geography | None = None, history_from: int = 1980) -> dict[str, Any]:
    """Scores of the model and both baselines over the years ``first``..``last``, pooled, by year,
    by entity and by direction, with the calibration table and every prediction.

    The models learn from the months since ``history_from`` (a later year makes a quicker, poorer run).
    """
    baseline = baseline or load_baseline()
    geo = geo or load_geography()
    entities = sorted({f.entity for f in baseline.facts} & set(baseline.entities))
    contexts = [context(e, f"{last + 1}-01-01", baseline=baseline, geo=geo) for e in entities]
    panel = build_panel(contexts, first=min(month_index(f"{history_from}-01-01"), month_index(f"{first}-01-01")))
    rows = [r for year in range(first, last + 1) for r in _year(contexts, panel, year)]
    y = np.array([r["changed"] for r in rows], dtype=float)
    return {
        "years": [first, last], "predictions": len(rows), "changes": int(y.sum()),
        "scores": _scores(rows),
        "by_year": {year: _scores(part) for year in range(first, last + 1)
                    if (part := [r for r in rows if r["year"] == year])},
        "by_entity": {e: {"predictions": len(part), "changes": sum(r["changed"] for r in part), **_scores(part)}
                      for e in entities if (part := [r for r in rows if r["entity"] == e])},
        "by_direction": {d: {"predictions": len(part), "changes": sum(r["changed"] for r in part), **_scores(part)}
                         for d in DIRECTIONS if (part := [r for r in rows if r["direction"] == d])},
        "calibration": calibration(np.array([r["model"] for r in rows]), y),
        "rows": rows,
    }


def switch_ranks(entity: str = "TWN", since: str = "2016-01-01", *, baseline: Baseline | None = None,
                 geo: Geography | None = None) -> list[dict[str, Any]]:
    """For each withdrawal from ``entity`` known since ``since``: the state's rank a year before it."""
    baseline = baseline or load_baseline()
    geo = geo or load_geography()
    out = []
    for fact in sorted((f for f in baseline.facts if f.entity == entity and f.status == "withdrew"
                        and f.known >= since), key=lambda f: f.known):
        as_of = (dt.date.fromisoformat(fact.start) - dt.timedelta(days=365)).isoformat()
        model, contexts = fit_as_of(as_of, baseline=baseline, geo=geo)
        ranking = rank(model, contexts[entity])
        allies = [r for r in ranking if r["change"] != "recognize"]
        mine = next((r for r in ranking if r["primary"] == fact.recognizer), None)
        out.append({"state": fact.recognizer, "switched": fact.since, "as_of": as_of,
                    "rank_among_allies": 1 + allies.index(mine) if mine in allies else None, "allies": len(allies),
                    "rank": mine["rank"] if mine else None, "ranked": len(ranking),
                    "probability": mine["probability"] if mine else None})
    return out
