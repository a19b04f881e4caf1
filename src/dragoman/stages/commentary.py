"""Acts a sentence names in its commentary (issue 12).

"The foreign minister visited India, a sign of warming ties between Kabul and New Delhi", "in a
test of NATO's resolve", "seen as a step towards restoring relations": an event noun that the
writer offers as what the news means (a sign, test, step or mark of something) is analysis, not
an act reported. The news it comments on is coded where it is told.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure

__all__ = ["what_it_means"]

_MEANING = frozenset({"sign", "signs", "signal", "signals", "indication", "symbol", "evidence", "proof", "mark",
                      "test", "harbinger", "hallmark", "measure", "barometer", "reflection"})
_TOWARDS = frozenset({"step", "steps", "move", "moves", "milestone", "prelude"})
_NP = frozenset({"the", "a", "an", "its", "their", "his", "her", "further", "new", "more", "growing", "closer",
                 "possible", "first", "latest", "'s", "’s", "warming", "thawing", "improving", "deepening"})


def what_it_means(st: Structure, match: Match) -> bool:
    """An event noun (or gerund) after "a sign of", "a test of", "a step towards"."""
    noun = "noun" in match.rule.flags or not match.rule.verb
    if match.start < 2 or not (noun or st.lower[match.start].endswith("ing")):
        return False
    j = match.start - 1
    while j > 1 and (st.lower[j] in _NP or j in st.blocked):
        j -= 1
    word, before = st.lower[j], st.lower[j - 1]
    return word == "of" and before in _MEANING or word in ("towards", "toward", "to") and before in _TOWARDS
