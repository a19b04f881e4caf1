"""A place named as the venue of a meeting is where an act happens, not whom it is aimed at.

"Qatar and Kuwait pledged $300 million at a conference in Geneva", "announced new aid at a
summit in Brussels": the city after "a conference/summit/meeting in" hosts the act; it is not
its target. Violence keeps the place where it lands ("struck a wedding party in Kandahar").
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure

__all__ = ["venue_between"]

_VENUES = frozenset({"conference", "summit", "meeting", "forum", "gathering", "ceremony", "session", "assembly",
                     "convention", "congress", "event", "rally", "sidelines", "donors", "pledging"})


def venue_between(st: Structure, match: Match, mention: Mention) -> bool:
    """Whether a venue noun stands between a non-violent trigger and the place after it."""
    if match.rule.code[:2] in ("18", "19", "20"):
        return False
    return any(w in _VENUES for w in st.lower[match.end:mention.start])
