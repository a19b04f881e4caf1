"""A nominal act that opens a passive sentence takes the passive's agent as its doer.

"The cut in US aid to Honduras was confirmed by the State Department": the noun
"cut" has no possessor, and its own "by" phrase (if any) belongs inside the
noun phrase ("mediation by the AU"); the doer is the agent of the passive verb
whose subject the noun phrase is. Only a noun at the head of its sentence's
subject is read (nothing but an article or adjectives before it), and only the
first "was/were ... VERBed by X" after it, so an agent of a later clause is
never taken.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import DETERMINERS, Structure, group_right
from .frames import ADVERBS, others

__all__ = ["passive_agent_of_subject"]

_AUX = {"was", "were"}
_DASHES = {"-", "—", "–"}
_OPENER = 3  # words an article and adjectives may take before the noun
_REACH = 30  # tokens from the noun within which its passive verb must come
# irregular participles of the verbs that report, order or carry out an act
_IRREGULAR = {"made", "given", "sent", "held", "taken", "brought", "put", "set", "told", "drawn", "laid",
              "issued", "read", "handed", "spoken", "written", "led", "won", "struck", "begun", "run"}


def _opens_subject(st: Structure, match: Match) -> bool:
    """Only an article or plain adjectives before the noun, back to the sentence start or a
    dateline's dash ("LIMA (Reuters) - The ...")."""
    j = match.start - 1
    words = 0
    while j >= 0 and not (st.lower[j] in _DASHES and j > 0 and st.lower[j - 1] == ")"):
        if j in st.blocked or j in st.stops or not st.lower[j].isalpha() or words >= _OPENER:
            return False
        words += 1
        j -= 1
    return True


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR


def passive_agent_of_subject(st: Structure, match: Match) -> list[Mention]:
    """The "by" agent of the passive verb whose subject opens with the nominal ``match``."""
    if not _opens_subject(st, match):
        return []
    last = min(len(st.lower), match.end + _REACH)
    i = next((k for k in range(match.end, last) if st.lower[k] in _AUX and k not in st.blocked), None)
    if i is None:
        return []
    k = i + 1
    while k < len(st.lower) and (st.lower[k] in ADVERBS or st.lower[k].endswith("ly")):
        k += 1
    if k + 1 >= len(st.lower) or not _participle(st.lower[k]) or st.lower[k + 1] != "by":
        return []
    k += 2
    while k < len(st.lower) and st.lower[k] in DETERMINERS:
        k += 1
    mention = st.at_start.get(k)
    if mention is None or mention.actor is None or mention.locative:
        return []
    return group_right(st, mention, len(st.lower)) + others(mention)
