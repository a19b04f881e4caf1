"""The subject of a gerund after a preposition: the subject of the clause it hangs on.

"Fiji's army chief seized power, and New Zealand responded by suspending defence
ties": "suspending" is New Zealand's, the subject of the clause that "by" closes,
not the sentence's first subject. The nearest actor before the preposition that
opens a clause (at the sentence start or after "and", "but", a comma) and is
followed by a word, not a preposition, is that subject ("Belarus could follow
Russia in recognising": Russia follows a verb, so Belarus).
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from ..timex.tables import WEEKDAYS
from .clauses import PREPOSITIONS, Structure, group_left, usable_subject
from .companions import joined_in
from .frames import others

__all__ = ["gerund_subject", "judged_doer"]

_OPENERS = frozenset({"and", "but", ",", "while", "whereas", "then", "so"})
_REFUSALS = frozenset({"refused", "refuses", "declined", "declines", "not", "never", "n't"})


def gerund_subject(st: Structure, match: Match) -> list[Mention]:
    """The subject of the clause the preposition before ``match`` belongs to, or []."""
    k = match.start - 2
    while k >= 0:
        mention = st.at_end.get(k)
        if mention is None:
            k -= 1
            continue
        first = mention.start - (mention.start > 0 and st.lower[mention.start - 1] == "the")  # "The Netherlands"
        before = st.lower[first - 1] if first > 0 else ""
        after = st.lower[mention.end] if mention.end < len(st.lower) else ""
        if usable_subject(st, mention) and (first == 0 or before in _OPENERS) \
                and after.isalpha() and after not in PREPOSITIONS:
            if any(w in _REFUSALS for w in st.lower[mention.end:match.start]):
                return []  # "refused to join Denmark in sending jets": the clause's mood decides
            return group_left(st, mention) + others(mention) + joined_in(st, match.start - 1)
        k = mention.start - 1
    return []


# verbs that judge someone for what they did: "criticised X for deporting", "praised X for hosting"
_JUDGE_STEMS = ("critici", "criticiz", "condemn", "denounc", "prais", "thank", "blam", "rebuk", "slam",
                "scold", "fault", "commend", "lambast", "censur", "punish", "sanction", "reward", "hail",
                "applaud", "chastis", "reprimand", "berat", "attack", "castigat")


_WHEN = frozenset({"on", *WEEKDAYS,
                   "yesterday", "today", "again", "publicly", "sharply", "strongly"})


def judged_doer(st: Structure, match: Match) -> list[Mention]:
    """"Mexico criticised the United States for deporting migrants": the gerund after "for" is the
    act of the one judged (the verb's object), not of the judge; [] when no such object stands
    between a judging verb and "for"."""
    j = match.start - 1
    if j < 1 or st.lower[j] != "for":
        return []
    j -= 1
    while j > 0 and st.lower[j] in _WHEN:  # "criticised X on Friday for ..."
        j -= 1
    mention = st.at_end.get(j)
    if mention is None or mention.actor is None or mention.locative:
        return []
    k = mention.start - 1
    while k >= 0 and st.lower[k] in ("the", "its", "his", "her", "their", "a"):
        k -= 1
    if k < 0 or not st.lower[k].startswith(_JUDGE_STEMS) or st.lower[k].endswith("ing") and k > 0 \
            and st.lower[k - 1] not in (",",):
        return []
    return group_left(st, mention) + others(mention)
