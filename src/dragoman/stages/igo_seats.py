"""A capital that is also an organisation's seat, named as an actor, speaks for the organisation.

International news names the European Union by its seat: "Ankara demanded that Brussels deliver
the funds", "Washington and Brussels imposed sanctions on ...". Named as a place ("police in
Brussels", "talks in Brussels") the city stays the host state's. Only seats that news uses this
way are listed; NATO's headquarters are in Brussels too, but "Brussels" alone is the EU. Where the
same sentence names the host state itself ("ended its cooperation with Belgium, accusing Brussels of
..."), the seat is that state's capital.

>>> SEATS["Brussels"]
('BEL', 'EU')
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from ..knowledge.actors import Entry
from ..model import Mention
from ..pipeline import Context

__all__ = ["SEATS", "seat_as_organisation"]

# capital -> (its state, the organisation an actor of that name stands for)
SEATS = MappingProxyType({"Brussels": ("BEL", "EU")})


def seat_as_organisation(mentions: list[Mention], ctx: Context, date: dt.date | None) -> list[Mention]:
    """``mentions`` with each listed seat that acts (a capital mention, not after a place
    preposition) read as its organisation; other mentions unchanged."""
    for m in mentions:
        if m.kind != "capital" or m.locative or m.actor is None:
            continue
        seat = SEATS.get(m.text)
        if seat is None or m.actor.primary != seat[0] or seat[1] not in ctx.kb.records:
            continue
        if _host_named(mentions, m, seat[0]):
            continue
        m.actor = ctx.kb.resolve(Entry(seat[1], "alias"), date)
        m.kind = "name"
    return mentions


def _host_named(mentions: list[Mention], seat: Mention, state: str) -> bool:
    """Whether the sentence names the seat's own state by its name ("Belgium")."""
    return any(o is not seat and o.kind == "name" and o.actor is not None and o.actor.primary == state
               for o in mentions)
