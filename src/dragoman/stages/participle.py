"""The subject of a participle clause that opens the sentence.

"Praising X's constitution, the president congratulated ...", "Refusing a request from
X, Canada said ...", "Exchanging fire with X, rebels pushed ...": an opening "-ing"
clause has no subject of its own; in English its doer is the subject of the main
clause after the comma. The roles stage asks this before it looks to the left of the
trigger (where an opening clause has nothing).
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import DETERMINERS, Structure, group_right, usable_subject

__all__ = ["fronted_participle_subject", "fronted_phrase_subject"]

_CLAUSE_REACH = 25  # tokens from the trigger to the comma that closes the opening clause
_SUBJECT_REACH = 8  # tokens from that comma to the main clause's subject
_OPENERS = frozenset({'"', "'", "“", "‘"})


def fronted_participle_subject(st: Structure, match: Match) -> list[Mention]:
    """The main clause's subject when ``match`` is the participle opening the sentence, else []."""
    first = 0
    while first < len(st.lower) and st.lower[first] in _OPENERS:
        first += 1
    if match.start != first or match.head != match.start or not st.lower[match.head].endswith("ing"):
        return []
    return _main_subject_after(st, match)


_PHRASE_OPENERS = frozenset({"on", "during", "in", "at"})
_AFTER = frozenset({"after", "following"})  # a meeting that ended before the main clause's act
_CONSULT = "04"
_PHRASE_REACH = 5  # tokens from the opening preposition to the nominal trigger


def fronted_phrase_subject(st: Structure, match: Match) -> list[Mention]:
    """"On a visit to Lima, Chile's president signed ...", "During talks with X, Y agreed ...",
    "In a phone call with X, Y said ...": a nominal act in a phrase that opens the sentence is
    done by the main clause's subject, as an opening participle's is."""
    first = 0
    while first < len(st.lower) and st.lower[first] in _OPENERS:
        first += 1
    if first >= len(st.lower) or not first <= match.start <= first + _PHRASE_REACH:
        return []
    if st.lower[first] not in _PHRASE_OPENERS and not (st.lower[first] in _AFTER and match.rule.code[:2] == _CONSULT):
        return []  # "After talks with X in Tokyo, Y said": Y met X; "After the bombing of X, Y ..." did not bomb
    if any(k in st.heads or (k in st.at_start and st.at_start[k].kind != "pronoun") for k in range(first, match.start)):
        return []  # "In Lima, ...", "On Monday Peru said": no act opens the sentence
    return _main_subject_after(st, match)


def _main_subject_after(st: Structure, match: Match) -> list[Mention]:
    end = min(len(st.lower), match.end + _CLAUSE_REACH)
    comma = next((j for j in range(match.end, end) if st.lower[j] in (",", ";", ".")), None)
    if comma is None or st.lower[comma] != ",":
        return []
    for mention in sorted(st.sentence.mentions, key=lambda m: m.start):
        if mention.start <= comma:
            continue
        gap = range(comma + 1, mention.start)
        if mention.start > comma + _SUBJECT_REACH or not all(
                st.lower[k] in DETERMINERS or st.sentence.tokens[k].text[:1].isupper() for k in gap):
            return []  # "..., officials said that X": the main clause's subject is no actor we know
        if usable_subject(st, mention):
            return group_right(st, mention, len(st.lower), subject=True)
    return []
