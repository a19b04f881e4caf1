"""State words before a noun of armed forces or warcraft are armed doers, and so are the state
words coordinated with them.

"Russian bombers flew a patrol near Japan": the mention is the bare state word "Russian", and the
noun after it is a warcraft. "Indian and French warships sailed near Sri Lanka": "Indian" is a bare
state word coordinated with "French warships"; both are warships. A rule that needs armed doers
(flag ``mil``) takes such a word as armed.
"""

from __future__ import annotations

from ..model import Mention, Sentence
from .event_codes import armed

__all__ = ["armed_by_coordination"]

_JOINERS = frozenset({"and", ","})
_CRAFT = frozenset({"bombers", "bomber", "warplanes", "warships", "warship", "destroyers", "destroyer", "frigates",
                    "frigate", "submarines", "submarine", "jets", "troops", "forces", "soldiers", "navy", "marines",
                    "paratroopers", "carrier", "carriers", "fighters"})
_BETWEEN = frozenset({"strategic", "military", "naval", "navy", "air", "force", "fighter", "nuclear", "long", "range",
                      "-", "guided", "missile", "attack", "combat", "army", "special", "armed"})


def armed_by_coordination(mention: Mention, sources: list[Mention], sentence: Sentence) -> bool:
    """Whether a bare state word names warcraft or troops, alone or coordinated with others."""
    if mention.kind != "demonym" or mention.possessive:
        return False
    words = [t.lower for t in sentence.tokens]
    at = {m.start: m for m in sources}
    j = mention.end
    while j < len(words) and words[j] in _JOINERS:  # "Chinese and Russian ...", "Indian, French and ..."
        nxt = at.get(j + 1) or (at.get(j + 2) if j + 1 < len(words) and words[j + 1] in _JOINERS else None)
        if nxt is None:
            return False
        if nxt.kind != "demonym":
            return nxt.actor is not None and armed(nxt)
        j = nxt.end
    k = j
    while k < len(words) and k - j < 3 and words[k] in _BETWEEN:
        k += 1
    return k < len(words) and words[k] in _CRAFT
