"""An attack that troops repel: "Nigerien troops repelled an attack by jihadists near Tillaberi",
"Somali forces thwarted an Al Shabaab attack on a base", "troops beat back an assault by militants".

The attack noun names its doer ("by jihadists") but no target, so it reads as violence on no one
(unconventional violence, 180, or an assault, 182). The verb that governs it says whom it hit: the
forces that repelled it. An attack on armed forces is a battle (190), their state's forces as the
target.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure
from .event_codes import armed

__all__ = ["repelled_by"]

_REPEL = frozenset({"repelled", "repel", "repels", "repelling", "repulsed", "repulse", "repulses", "repulsing",
                    "foiled", "foil", "foils", "thwarted", "thwart", "thwarts", "resisted", "countered"})
_BACK = frozenset({"beat", "beats", "fought", "fight", "fights", "fended", "fend", "fends", "pushed", "push",
                   "drove", "drive", "drives", "warded"})  # "beat back", "fought off", "fended off"
_STOP = frozenset({",", ";", ":", ".", "and", "but", "who", "which", "that", "after", "when", "as"})
_NOUNS = frozenset({"attack", "attacks", "assault", "assaults", "raid", "raids", "offensive", "ambush",
                    "incursion", "infiltration", "onslaught"})


def _verb_at(lower: list[str], start: int) -> int | None:
    """The token index of a repelling verb within six words before an attack noun, or None."""
    for j in range(start - 1, max(-1, start - 7), -1):
        w = lower[j]
        if w in _STOP:
            return None
        if w in _REPEL or w in ("back", "off") and j > 0 and lower[j - 1] in _BACK:
            return j
    return None


def repelled_by(st: Structure, match: Match, sources: list[Mention]) -> list[Mention]:
    """The armed forces that repelled, thwarted or beat back the attack ``match`` names, as its
    targets; [] when the noun is no attack governed by such a verb."""
    if match.rule.code[:2] not in ("18", "19") or st.lower[match.head] not in _NOUNS:
        return []
    verb = _verb_at(st.lower, match.start)
    if verb is None:
        return []
    return [m for m in st.sentence.mentions if m.end <= verb and m.actor is not None and m not in sources
            and not m.locative and (armed(m) or m.actor.role in ("MIL", "COP"))
            and not any(w in _STOP for w in st.lower[m.end:verb])]
