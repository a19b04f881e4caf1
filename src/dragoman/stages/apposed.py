"""Targets named in an apposition after a common noun: "accused its rival, the RSF, of ...".

News often names the object of an act first by what it is to the doer ("its
neighbour", "its creditors", "the former colonial power") and then by name, set
off by commas: "Greece demanded that its creditors, the EU and the IMF, release
the funds", "the army accused its rival, the Rapid Support Forces, of shelling
the city". When the object noun phrase names no actor, the actors of the
apposition are the targets. The apposition must be closed (a comma, or the
verb's own complement "of", "for", "over") so that a list of speakers ("...
the plan, Uganda said") is never read as one. The roles stage asks this only
when the clause gave no target.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from ..timex.tables import WEEKDAYS
from .clauses import PREPOSITIONS, REPORTING_VERBS, SUBORDINATORS, Structure, group_right

__all__ = ["apposed_targets"]

_OPENERS = frozenset({"its", "their", "his", "her", "the"})
_LEAD_IN = frozenset({"that", "on", *WEEKDAYS, "also", "again", "formally", "publicly", "openly"})
_CLOSERS = frozenset({",", "of", "for", "over", "to"})
_NOUN_REACH = 5  # words of the noun phrase before the comma
_SKIP = frozenset({"the", "a", "an"})


def apposed_targets(st: Structure, match: Match, end: int) -> list[Mention]:
    """The actors in ", X(, and Y)," right after an object noun phrase that names no actor."""
    k = match.end
    while k < end and k - match.end < 4 and st.lower[k] in _LEAD_IN:
        k += 1
    if k >= end or st.lower[k] not in _OPENERS:
        return []
    comma = _noun_phrase_end(st, k + 1, end)
    if comma is None:
        return []
    j = comma + 1
    while j < end and st.lower[j] in _SKIP:
        j += 1
    mention = st.at_start.get(j)
    if mention is None or mention.actor is None or mention.locative or mention.kind in ("place", "pronoun") \
            or mention.possessive:
        return []
    group = group_right(st, mention, len(st.lower))
    after = group[-1].end
    if after >= len(st.lower) or st.lower[after] not in _CLOSERS:
        return []
    if st.lower[after] == "," and after + 1 < len(st.lower) and st.lower[after + 1] in REPORTING_VERBS:
        return []  # "... the plan, Uganda said": a speaker, not an apposition
    return group


def _noun_phrase_end(st: Structure, k: int, end: int) -> int | None:
    """The comma closing a short noun phrase of plain lower-case words starting at ``k``."""
    for j in range(k, min(end, k + _NOUN_REACH + 1)):
        word = st.sentence.tokens[j].text
        if word == ",":
            return j if j > k else None
        if j in st.blocked or j in st.heads or not word.isalpha() or not word.islower() \
                or word in PREPOSITIONS or word in SUBORDINATORS or word in ("and", "or"):
            return None
    return None
