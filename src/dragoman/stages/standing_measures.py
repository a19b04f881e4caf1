"""Sanctions named as a thing that exists are not an imposition (issue 12, precision).

The noun rule ``163/sanctions-noun`` ("EU sanctions on Russia took effect") codes an imposition
from a noun phrase. Most sanctions that news names as a noun are ones already in force: "rebuffed
calls to align with EU sanctions on Russia", "a resolution under which UN sanctions on Tehran
will be lifted", "the economy has suffered under Western sanctions on Moscow". The noun is the
act only where the sentence says it is new: a modifier of novelty before it ("new", "fresh",
"further") or a verb of taking effect after it ("took effect", "came into force", "were imposed").
Verbs that impose sanctions have their own rules and are not touched.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure

__all__ = ["standing_sanctions"]

_NOUN_RULES = frozenset({"163/sanctions-noun"})
_NEW = frozenset({"new", "fresh", "further", "additional", "more", "latest", "tougher", "tighter", "harsher",
                  "expanded", "wider", "broader", "first", "sweeping", "retaliatory", "punitive", "unilateral"})
_TAKE_EFFECT = frozenset({"took", "take", "takes", "taking", "came", "come", "comes", "coming", "entered",
                          "enter", "enters", "went", "go", "goes", "imposed", "announced", "adopted", "approved",
                          "unveiled", "agreed", "introduced", "kicked", "targeting", "targeted", "target", "targets",
                          "include", "included", "includes", "hit", "hits", "froze", "freeze", "ban", "banned"})
_BEFORE = 4  # "the bloc's new sanctions on"
_AFTER = 12  # "sanctions on Russia's central bank and two oil firms took effect"
_STOPS = frozenset({",", ";", ":", "(", ")", "that", "which", "who", "and", "but", "while", "after", "before"})


def standing_sanctions(st: Structure, match: Match) -> bool:
    """Whether ``match`` is a sanctions noun that the sentence names as standing, not as new."""
    if match.rule.id not in _NOUN_RULES:
        return False
    lower = st.lower
    if any(w in _NEW for w in lower[max(0, match.start - _BEFORE):match.start]):
        return False
    for k in range(match.end, min(len(lower), match.end + _AFTER)):
        if lower[k] in _TAKE_EFFECT:
            return False
        if lower[k] in _STOPS and k not in st.blocked:
            break
    return True
