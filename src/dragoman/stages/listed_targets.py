"""A target that heads a list keeps the rest of the list.

The frame of an act sometimes reaches its target through a path that takes one mention only: the
author of the object ("rejected the terms set by the EU and the IMF"), a hyphenated modifier ("a
French- and Saudi-backed plan"), a state word on the object ("US and British strikes"). When that
target is directly followed by "and" (or "-" and "and") and another actor, the other members of the
list are targets too (:func:`clauses.group_right`, which stops where a member has its own verb).
"""

from __future__ import annotations

from dataclasses import replace

from ..knowledge.lexicon import Match
from .clauses import Structure, group_right
from .frames import Frame

__all__ = ["with_listed_targets"]

_JOINS = frozenset({"and", "-"})


def with_listed_targets(st: Structure, match: Match, frame: Frame) -> Frame:
    """The frame with the rest of each target's list added; the same frame when there is none."""
    if not frame.targets:
        return frame
    limit = len(st.lower)
    if not any(m.end < limit and st.lower[m.end] in _JOINS for m in frame.targets):
        return frame  # the cheap test: no target is followed by a joining word
    sources = {m.actor.primary for m in frame.sources if m.actor is not None}
    have = {id(m) for m in frame.targets}
    added = []
    for m in frame.targets:
        if m.actor is None or m.locative or m.end >= limit or st.lower[m.end] not in _JOINS:
            continue
        if st.lower[m.end] == "-":  # "French- and Saudi-backed": the next member after "- and"
            nxt = st.at_start.get(m.end + 2) if st.lower[m.end + 1:m.end + 2] == ["and"] else None
            rest = group_right(st, nxt, limit) if nxt is not None else []
        else:
            inside = match.start <= m.start < match.end  # "warned that A and B would pay": the rule's own subjects
            rest = group_right(st, m, limit, subject=inside)[1:]
        for other in rest:
            if id(other) in have or other.locative or other.actor is None or other.actor.primary in sources:
                continue
            have.add(id(other))
            added.append(other)
    return replace(frame, targets=frame.targets + added) if added else frame
