"""A war summed up is background, not news.

"The war between the army and the RSF has killed tens of thousands", "Fighting in eastern Congo
has intensified since ...", "Russian attacks on the energy grid have caused blackouts": wire
stories sum up a war in the present perfect, with the war, its fighting or its strikes as the
subject. The sentence reports the war's toll or course over months, not an act of a day; the
annotators of unseen news leave it out (or optional, as background). Coded news keeps its day:
a sentence that names one ("on Monday", "overnight", "yesterday") is not a summary, and
neither is a subject that is an actor ("Israeli jets have struck ...").
"""

from __future__ import annotations

from ..knowledge.codebook import FORCIBLE_ROOTS, VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..timex.tables import WEEKDAYS
from .clauses import Structure, clause_of

__all__ = ["lasting", "summary_of_a_war", "toll_since"]

_WAR_NOUNS = frozenset({"war", "wars", "fighting", "conflict", "offensive", "violence", "campaign", "insurgency",
                        "attacks", "strikes", "airstrikes", "bombardment", "bombardments", "bombing", "bombings",
                        "shelling", "clashes", "raids", "hostilities", "invasion", "crackdown", "onslaught"})
_PERFECT = frozenset({"has", "have"})
_BETWEEN = frozenset({"been", "already", "now", "so", "far", "also", "reportedly", "repeatedly", "since", "then",
                      "largely", "increasingly", "steadily"})
_PARTICIPLES = frozenset({"left", "hit", "cost", "brought", "led", "sent", "made", "become", "seen", "spread",
                          "torn", "shaken", "drawn", "driven", "taken", "grown", "undergone"})
_DAYS = frozenset({"earlier", "yesterday", "today", "tonight", "overnight", *WEEKDAYS, "hours"})
_OPENERS = frozenset({"the", "a", "this", "its", "their", "his", "her", "'s", "’s"})
_RELATIVE_OPENERS = frozenset({"where", "as", "while", "after"})
_REACH = 16  # tokens from the war noun to its perfect verb, an aside included


def summary_of_a_war(st: Structure, match: Match) -> bool:
    """Whether ``match`` (roots 18-20) is the war noun opening a sentence whose verb is a present
    perfect, or the perfect verb itself ("has killed") of such a subject, in a sentence naming no day."""
    if match.rule.code[:2] not in VIOLENT_ROOTS or any(w in _DAYS for w in st.lower):
        return False
    noun = _subject_noun(st)
    if noun is not None and (perfect := _perfect_after(st, noun)) is not None \
            and (match.start <= noun < match.end or match.head == perfect):
        return True
    # "... in Sudan, where fighting has killed thousands": a war noun opening a relative clause,
    # and the perfect verb it is the subject of ("where Israeli strikes have killed ...")
    noun = _relative_war_noun(st, match)
    if noun is None:
        return False
    perfect = _perfect_after(st, noun)
    return perfect is not None and perfect <= noun + 4 and (match.start <= noun < match.end or match.head == perfect)


def _relative_war_noun(st: Structure, match: Match) -> int | None:
    """The war noun right after "where"/"as"/"while" (a demonym or determiner between) that the
    match is, or whose perfect verb the match is."""
    k = match.head
    if st.lower[k] not in _WAR_NOUNS:
        k = match.start - 1
        while k > 0 and (st.lower[k] in _BETWEEN or st.lower[k] in _PERFECT):
            k -= 1
        if k == match.start - 1 or st.lower[k] not in _WAR_NOUNS:
            return None
    j = k - 1
    while j > 0 and (j in st.blocked or st.lower[j] in _OPENERS):
        j -= 1
    return k if j >= 0 and st.lower[j] in _RELATIVE_OPENERS else None


def _subject_noun(st: Structure) -> int | None:
    """The war noun heading the sentence's subject: first among its first words, after determiners,
    possessors and adjectives, with no actor of its own in front that is not a possessor."""
    for i, word in enumerate(st.lower[:6]):
        if word in _WAR_NOUNS:
            return i
        if word in (",", ";", ":") or i in st.heads:
            return None
        mention = st.at_start.get(i)
        if mention is not None and not mention.possessive and mention.actor is not None \
                and mention.end < len(st.lower) and st.lower[mention.end] not in _WAR_NOUNS:
            return None  # "Israeli jets have struck": an actor acts
    return None


def _perfect_after(st: Structure, noun: int) -> int | None:
    """The participle of "has/have (been) <participle>" that follows the subject noun."""
    for k in range(noun + 1, min(len(st.lower) - 1, noun + _REACH)):
        if st.lower[k] not in _PERFECT:
            continue
        j = k + 1
        while j < len(st.lower) and st.lower[j] in _BETWEEN:
            j += 1
        word = st.lower[j] if j < len(st.lower) else ""
        return j if word.endswith(("ed", "en")) or word in _PARTICIPLES else None
    return None


_SPANS = frozenset({"years", "months", "decades", "weeks", "year", "month", "decade"})
_AMOUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
                      "more", "than", "nearly", "almost", "over", "some", "about", "the", "past", "last", "a", "an",
                      "half"})


def lasting(st: Structure, match: Match) -> bool:
    """"a panel of experts that has monitored the sanctions for 15 years", "which has hosted the talks
    for decades": a present perfect that lasts for years describes a standing state of affairs, not an
    act of the news."""
    start, end = clause_of(st, match.head)
    if not any(st.lower[k] in _PERFECT for k in range(max(start, match.start - 3), match.start)):
        return False
    for k in range(match.end, end - 1):
        if st.lower[k] != "for":
            continue
        j = k + 1
        while j < end and (st.lower[j] in _AMOUNTS or st.lower[j].isdigit()):
            j += 1
        if j < end and st.lower[j] in _SPANS:
            return True
    return False


# what a toll "since ..." runs from: a year, or the war's start ("since the invasion"); not a month
# alone ("have committed abuses since November" is news of this season)
_ONSETS = _WAR_NOUNS | {"start", "beginning", "outbreak", "onset", "coup", "takeover", "independence", "uprising",
                        "revolution", "rebellion"}
_COUNTS = frozenset({"hundreds", "thousands", "tens", "dozens", "scores", "millions", "more", "than"})
_SINCE_REACH = 5  # tokens from "since" to its year, month or onset
_TOLL_REACH = 14  # tokens from the act to "since"


def toll_since(st: Structure, match: Match) -> bool:
    """"Russian forces have killed more than 10,000 civilians since the invasion", "police had arrested
    4,000 people since 2023": a perfect verb of force (17-20) with a count whose toll runs "since" a
    year or the start of a war sums up a war or a crackdown; it is no act of the day."""
    if match.rule.code[:2] not in FORCIBLE_ROOTS:
        return False
    start, _ = clause_of(st, match.head)
    if not any(st.lower[k] in _PERFECT or st.lower[k] == "had" for k in range(max(start, match.start - 3), match.start)):
        return False
    for k in range(match.end, min(len(st.lower), match.end + _TOLL_REACH)):
        word = st.lower[k]
        if word in (";", ":") or k in st.heads and k != match.head:
            return False
        if word == "since":
            onset = st.lower[k + 1:k + 1 + _SINCE_REACH + 3]
            if any(w in _DAYS or w in ("week", "weeks") for w in onset):
                return False  # "since it launched its offensive last week": news of the week
            onset = onset[:_SINCE_REACH]
            counted = any(w[:1].isdigit() or w in _COUNTS for w in st.lower[match.end:k])
            return counted and any(w in _ONSETS or (w.isdigit() and len(w) == 4) for w in onset)
    return False
