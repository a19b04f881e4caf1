"""A small place's namesake on another continent, in a sentence that names a place far from it.

A town or village (a place matched only in a place context: tier ``c`` or ``n``) is chosen when
its name is read, before the rest of the sentence is; with no state known yet, a shared name goes
to the most populous bearer, often abroad ("marched in New Brighton ..." is read as a US town).
When the same sentence then names another place of another state, more than ``_FAR_KM`` away,
and nothing in the sentence or the document before names the small place's state, the small
place is that state's namesake if it has one, else a place we do not know: "Teachers marched in
Springvale to the district offices in Bulawayo" is no Australian Springvale. Neighbours stay:
an act across a border names places a few hundred kilometres apart ("jets struck X after an
attack in Y, Kenya").
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from ..knowledge.places import Place
from ..pipeline import Context

__all__ = ["far_namesakes"]

_FAR_KM = 2000.0


def far_namesakes(raws: list[Any], ctx: Context, doc_states: dict[str, int], toks: list[str]) -> list[Any]:
    """``raws`` (the actors stage's scanned names of a sentence, ``toks`` its words) with each small
    place read abroad replaced by its namesake in the state of a far place the sentence names, or
    dropped."""
    places = [r for r in raws if r.kind == "place" and r.place is not None]
    if len(places) < 2:
        return raws
    gaz, out = ctx.gazetteer, []
    state_of = lambda r: _state(ctx, r)  # noqa: E731
    for raw in raws:
        if raw.kind != "place" or raw.place is None or raw.place.tier not in ("c", "n"):
            out.append(raw)
            continue
        own = raw.place.country
        others = [r.place for r in places if r is not raw and r.place.country != own]
        if not others or own in doc_states or sum(state_of(r) == own for r in raws) > 1 \
                or not all(_km(raw.place, o) > _FAR_KM for o in others):
            out.append(raw)
            continue
        there = [p for p in gaz.lookup(tuple(toks[raw.start:raw.end])) if p.country in {o.country for o in others} and p.tier in ("c", "n")]
        if there:
            out.append(replace(raw, place=there[0], label=there[0].name))
        # else: an unknown place of the far place's state, not this one abroad: left out
    return out


def _state(ctx: Context, raw: Any) -> str | None:
    """The state a scanned name stands for: a place's, or a state named by the knowledge base."""
    if raw.kind == "place" and raw.place is not None:
        return raw.place.country
    if raw.kind == "kb" and raw.entry is not None:
        record = ctx.kb.records[raw.entry.record]
        return record["id"] if record.get("type", "state") == "state" else None
    return None


def _km(a: Place, b: Place) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, h)))
