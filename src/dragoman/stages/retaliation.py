"""A light verb of retaliation followed in its clause by the act itself: "China hit back within
hours, blacklisting ten Europeans", "Moscow retaliated by expelling two diplomats", "Beijing
struck back with a ban on imports". The act after it is the event: the light verb's generic
fighting (190) yields when that act is not violence, and the act takes, when it names no
target, the side it answers (the light verb's ``ant``), as "hit back" would have.
"""

from __future__ import annotations

from dataclasses import replace

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import SKIP, Match

__all__ = ["answered"]

_LIGHT = frozenset({"190/hit-back", "190/retaliate", "130/respond-in-kind"})
_REACH = 5  # tokens between the light verb and the act ("within hours ,")
_BREAKS = frozenset({".", ";", "and", "but", "after", "when", "as", "while", "which", "who", "that", "before"})


def _act_after(lower: list[str], light: Match, matches: list[Match]) -> Match | None:
    act = min((m for m in matches if m.start >= light.end and m.rule.code != SKIP), key=lambda m: m.start,
              default=None)
    if act is None or act.start - light.end > _REACH or act.rule.code[:2] in VIOLENT_ROOTS:
        return None
    gap = lower[light.end:act.start]
    if any(w in _BREAKS for w in gap):
        return None
    word = lower[act.head]
    linked = (word.endswith("ing") and act.head == act.start and gap and gap[-1] in (",", "by")) \
        or (gap and gap[-1] == "with" and not act.rule.verb)
    return act if linked else None


def answered(lower: list[str], matches: list[Match]) -> list[Match]:
    """``matches`` without a light retaliation verb whose act follows it; that act gets ``ant``."""
    if not any(m.rule.id in _LIGHT for m in matches):
        return matches
    out = list(matches)
    for light in matches:
        if light.rule.id not in _LIGHT or (act := _act_after(lower, light, matches)) is None:
            continue
        out = [replace(m, rule=replace(m.rule, flags=m.rule.flags | {"ant"})) if m is act else m
               for m in out if m is not light]
    return out
