"""Flags waved or carried are emblems, not actors.

"Georgian protesters, waving EU flags, rallied in Tbilisi", "Protesters carrying Palestinian flags
marched through London": the name or demonym before "flags" says what the crowd supports; it is no
actor of the sentence, and the protest is the crowd's own. A flag burned or torn down stays a
mention ("burned a US flag outside the embassy" is aimed at that state).
"""

from __future__ import annotations

from ..model import Mention, Sentence

__all__ = ["without_emblems"]

_FLAGS = frozenset({"flag", "flags", "banner", "banners", "colours", "colors", "scarves", "emblems"})
_DISPLAY = frozenset({"waving", "waved", "wave", "waves", "carrying", "carried", "carry", "holding", "held",
                      "brandishing", "brandished", "draped", "wrapped", "with", "hoisting", "hoisted"})


def without_emblems(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions less every name or demonym that modifies a flag held up or waved."""
    lower = None
    kept = []
    for m in mentions:
        if m.kind in ("name", "demonym") and m.end < len(sentence.tokens) \
                and sentence.tokens[m.end].lower in _FLAGS:
            lower = lower or [t.lower for t in sentence.tokens]
            if any(w in _DISPLAY for w in lower[max(0, m.start - 2):m.start]):
                continue
        kept.append(m)
    return kept
