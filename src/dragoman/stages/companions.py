"""Actors who act together with a subject without being coordinated with "and".

"Japan, along with South Korea, condemned the launch": South Korea condemns too.
"Britain joined France in condemning the launch": France condemns too. Only the
companion phrase right after the subject ("along with", "together with", "as well
as", with or without commas) and "joined X in V-ing" are read.
"""

from __future__ import annotations

from ..model import Mention
from .clauses import Structure, group_left, group_right

__all__ = ["companions", "joined_in"]

_COMPANION = (("along", "with"), ("together", "with"), ("alongside",))
_FIRST = frozenset(p[0] for p in _COMPANION)
_SKIP = {"the", "its", "their", "his", "her"}


def companions(st: Structure, subject: Mention, verb: int) -> list[Mention]:
    """Actors in a companion phrase between ``subject`` and its verb at ``verb``."""
    j = subject.end + (st.lower[subject.end:subject.end + 1] == [","])
    if j >= len(st.lower) or st.lower[j] not in _FIRST:
        return []
    for phrase in _COMPANION:
        if tuple(st.lower[j:j + len(phrase)]) == phrase:
            k = j + len(phrase)
            while k < verb and st.lower[k] in _SKIP:
                k += 1
            mention = st.at_start.get(k)
            if mention is not None and mention.actor is not None and mention.end <= verb:
                return group_right(st, mention, verb)
    return []


def joined_in(st: Structure, preposition: int) -> list[Mention]:
    """"joined X in condemning": X, when "in" at ``preposition`` closes the object of "joined"."""
    if preposition < 2 or st.lower[preposition] != "in":
        return []
    mention = st.at_end.get(preposition - 1)
    if mention is None or mention.actor is None:
        return []
    group = group_left(st, mention)
    k = group[0].start - 1
    while k >= 0 and st.lower[k] in _SKIP:
        k -= 1
    return group if k >= 0 and st.lower[k] in ("joined", "joins", "join") else []
