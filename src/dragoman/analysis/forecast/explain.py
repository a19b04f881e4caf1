"""The factors behind a state's rank, in one sentence of counts an analyst can check."""

from __future__ import annotations

import numpy as np

from .events import partner_sums
from .features import RECENT, WINDOW, Context
from .months import month_start

__all__ = ["factors"]


def _among(ctx: Context, i: int, k: int, members: np.ndarray, label: str) -> str | None:
    """'3 of its 5 neighbours recognize; 2 of them since 2024' (``members`` is a 0/1 vector over states)."""
    status, began = ctx.history.status[k], ctx.history.began[k]
    others = np.flatnonzero((members > 0) & ctx.geo.exists(k))
    others = others[others != i]
    if not others.size:
        return None
    yes = others[status[others] == 1]
    text = f"{yes.size} of {label} recognize"
    recent = yes[(began[yes] >= k - RECENT) & (began[yes] > 0)]
    if recent.size:
        text += f" ({recent.size} since {month_start(int(began[recent].min()))[:4]})"
    before = ctx.history.status[max(k - RECENT, 0)]
    gone = others[(status[others] == 0) & (before[others] == 1)]
    if gone.size:
        text += f", {gone.size} withdrew in the last two years"
    return text


def _blocs(ctx: Context, i: int, k: int) -> str | None:
    members = ctx.geo.members(k) * ctx.geo.exists(k)[None, :]
    status = ctx.history.status[k]
    best = None
    for b in np.flatnonzero(members[:, i] > 0):
        others = np.flatnonzero(members[b] > 0)
        others = others[others != i]
        yes = int(status[others].sum())
        if best is None or yes / max(others.size, 1) > best[0]:
            best = (yes / max(others.size, 1), ctx.geo.blocs[b].id, yes, others.size)
    if best is None:
        return None
    return f"member of the {best[1]}, {best[2]} of whose {best[3]} other members recognize"


def _own(ctx: Context, i: int, k: int) -> str | None:
    """The state's last stance known before month ``k``, with the date of the fact."""
    state, day = ctx.geo.states[i], month_start(k)
    mine = [f for f in ctx.history.facts if f.recognizer == state and f.known < day]
    if not mine:
        return None
    last = mine[-1]
    if last.status == "recognizes":
        return f"recognizes since {last.since}"
    if last.status == "ambassador-level":
        return f"ambassador-level relations without recognition since {last.since}"
    verb = "withdrew" if last.status == "withdrew" else "broke off relations"
    return f"{verb} on {last.since}" + (" after recognizing" if any(f.status == "recognizes" for f in mine) else "")


def _events(ctx: Context, i: int, k: int) -> list[str]:
    out = []
    with_entity = partner_sums(ctx.dyads, k - WINDOW, k, ctx.one_hot(ctx.entity.primary))
    coop, hostile = int(with_entity["cooperative"][i]), int(with_entity["hostile"][i])
    if coop or hostile:
        out.append(f"{coop} cooperative and {hostile} hostile coded events with the entity in the last 12 months")
    if ctx.entity.rival:
        rival = partner_sums(ctx.dyads, k - WINDOW, k, ctx.one_hot(ctx.entity.rival))
        if rival["cooperative"][i] or rival["hostile"][i]:
            out.append(f"Goldstein balance with {ctx.entity.rival} {rival['goldstein'][i]:+.1f} in the last 12 months")
    return out


def _plural(count: int, before: str, noun: str) -> str:
    return f"{before} {count} {noun}" + ("" if count == 1 else "s")


def factors(ctx: Context, i: int, k: int) -> str:
    """The sentence for state ``i`` at month ``k``."""
    geo = ctx.geo
    state = geo.states[i]
    region = geo.regions[state]
    neighbours = geo.adjacency[i]
    parts = [
        _own(ctx, i, k),
        _among(ctx, i, k, neighbours, _plural(int((neighbours * geo.exists(k)).sum()), "its", "neighbour")),
        _among(ctx, i, k, geo.same_region[i], f"the {int((geo.same_region[i] * geo.exists(k)).sum())} others in {region}"),
        _blocs(ctx, i, k),
        *_events(ctx, i, k),
    ]
    return "; ".join(p for p in parts if p) + "."
