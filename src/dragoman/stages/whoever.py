"""A coercive act announced against whoever does something is a threat.

"Police said they would arrest anyone who joins the march", "the junta said it would dissolve any
party that ...": the act waits on what others do; announced, it warns them (13), as "threatened to
arrest anyone who ..." does. An announced arrest of named people stays the act itself.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match

__all__ = ["anyone_who"]


_ANYONE = frozenset({"anyone", "anybody", "whoever", "any", "those", "all"})


def anyone_who(lower: list[str], match: Match) -> bool:
    """Whether a coercive act's object is whoever does something ("would arrest anyone who joins
    the march", "would dissolve any party that ..."): announced, it is a threat, not an arrest."""
    k = match.end
    if k < len(lower) and lower[k] in _ANYONE:
        return any(w in ("who", "that", "which", "found", "caught") for w in lower[k + 1:k + 4])
    return False
