"""Stage ``listed``: places listed together — "protests in Mwanza, Dodoma and Arusha" are three protests.

Conflict monitors count one event per location: a note that lists the towns where the same act
happened ("students staged protests in A, B and C", "clashes in A and in B") makes one event in
each. The places stage gives an event its place; this stage adds a copy of a conflict or protest
event for each place listed after it, joined by commas and "and" (with "in" and "the" between), all
of the same state. A stretch of road ("between A and B", "from A to B") is one place, not a list.
It runs after the stages that keep one event per (sentence, source, target, code).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable

from ..model import Doc, Event, Mention, Sentence
from ..pipeline import Context, stage
from .places import candidates, location_of

__all__ = ["listed_after", "one_event_per_place"]

_JOINERS = frozenset({",", "and", "in", "the", "also"})
_STRETCH = frozenset({"between", "from", "to", "linking", "connecting"})
_LISTED_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})


@stage("listed")
def one_event_per_place(doc: Doc, ctx: Context) -> Doc:
    by_index = {s.index: s for s in doc.sentences}
    copies: list[Event] = []
    for event in doc.events:
        sentence = by_index.get(event.sentence)
        if sentence is not None and event.location is not None and event.root in _LISTED_ROOTS:
            copies += _copies(sentence, event, ctx)
    doc.events += copies
    return doc


def _copies(sentence: Sentence, event: Event, ctx: Context) -> list[Event]:
    first = next((m for m in candidates(sentence) if location_of(m, ctx) == event.location), None)
    if first is None:
        return []
    out = []
    for m in _listed_with(sentence, first, lambda m: location_of(m, ctx)["kind"]):
        where = location_of(m, ctx)
        ident = hashlib.sha1(f"{event.id}|{where['name']}".encode()).hexdigest()[:16]
        out.append(dataclasses.replace(event, id=ident, location=where))
    return out


_TOWNS = frozenset({"town", "city", "capital"})


def _listed_with(sentence: Sentence, first: Mention, kind_of: Callable[[Mention], str]) -> list[Mention]:
    """The other places of the list ``first`` is in: those after it, and those before it when the
    event took a later, more specific one ("in Kumasi and in the Western and Central regions")."""
    for head in sorted((m for m in candidates(sentence) if m.end <= first.start), key=lambda m: m.start):
        listed = listed_after(sentence, head, kind_of)
        if first in listed:
            return [head] + [m for m in listed if m is not first]
    return listed_after(sentence, first, kind_of)


def listed_after(sentence: Sentence, first: Mention, kind_of: Callable[[Mention], str]) -> list[Mention]:
    """The places joined to ``first`` by commas and "and", of its state, in order of the text. A
    division after a bare comma is the parent of the place before it ("in Damboa, Borno State"),
    which ends the list; ``kind_of`` gives a mention's kind of place (town, admin1 ...)."""
    lower = [t.lower for t in sentence.tokens]
    if first.actor is None or (first.start > 0 and lower[first.start - 1] in _STRETCH):
        return []
    places = sorted((m for m in sentence.mentions if m.actor is not None and m.start >= first.end
                     and m.kind in ("place", "capital")), key=lambda m: m.start)
    found: list[Mention] = []
    last = first
    for m in places:
        between = lower[last.end:m.start]
        if not between or any(w not in _JOINERS for w in between) or not ({",", "and"} & set(between)) \
                or m.actor.primary != first.actor.primary \
                or "and" not in between and not (kind_of(m) in _TOWNS and kind_of(last) in _TOWNS):
            break
        found.append(m)
        last = m
    return found
