"""An appeal to no one named is aimed at no one.

"Macron called on countries to do more for Lebanon", "the UN chief urged donors to step up aid to
Afghanistan", "Qatar urged all parties to show restraint in Gaza": the target of an appeal is
whom it addresses (CAMEO's "appeal to"), here an unnamed set of countries or donors; the state
named inside what is asked for is on whose behalf, not the addressee, and the README leaves
unnamed actors uncoded.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure

__all__ = ["appeal_to_no_one"]

_UNNAMED = frozenset({"countries", "nations", "states", "donors", "allies", "parties", "sides", "governments",
                      "community", "world", "members", "partners", "leaders", "everyone", "capitals", "lenders",
                      "investors"})
_BEFORE = frozenset({"the", "all", "both", "other", "fellow", "member", "western", "international", "arab", "muslim",
                     "wealthy", "rich", "richer", "major", "global", "regional", "neighbouring", "neighboring",
                     "its", "their", "his", "her", "warring", "rival", "concerned", "european", "african", "asian"})


def appeal_to_no_one(st: Structure, match: Match) -> bool:
    """Whether ``match`` is an appeal (root 02) whose addressee, right after it, is an unnamed set
    ("countries", "donors", "all parties", "the international community")."""
    if match.rule.code[:2] != "02":
        return False
    j = match.end
    while j < len(st.lower) and st.lower[j] in _BEFORE and j not in st.blocked:
        j += 1
    return j < len(st.lower) and j not in st.blocked and st.lower[j] in _UNNAMED
