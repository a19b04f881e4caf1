"""A present participle that describes the subject is not the act its verb names.

"Protesting farmers in Warsaw demanded that the government act", "Striking miners marched on the
capital": the -ing word opens the subject and qualifies the noun after it; the sentence reports
what the verb after that subject says. When a verb trigger follows in the same clause, the
participle's own trigger is dropped (issue 12, branch ``wrongroot``).

The same -ing word before a noun of unarmed people in an object ("police clashed with striking
doctors", "fired tear gas at striking teachers") describes those people too: a strike they are on,
not an air strike or an attack of the clause's subject (:func:`object_modifier`).
"""

from __future__ import annotations

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import DETERMINERS, PREPOSITIONS
from .people_nouns import human_role, people_code, unarmed_role

__all__ = ["object_modifier", "subject_modifier"]

# the sentence's start or a determiner: not a comma (", accusing it of ..." is a stance participle)
_OPENERS = frozenset({"", "-", "—", "the", "a", "an", "some", "of", "many"})  # "-": a dateline
_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me", "you", "they", "he", "she", "we", "itself",
                       "themselves"})
_REACH = 6  # tokens from the participle to the verb that follows its noun
_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "but", "who", "which", "that", "after", "as", "while"})


def subject_modifier(lower: list[str], match: Match, matches: list[Match]) -> bool:
    """Whether ``match`` is a one-word -ing form before a noun, opening its clause, with a verb
    trigger of its clause right after that noun phrase."""
    k = match.head
    if match.start != k or match.end != k + 1 or not lower[k].endswith("ing") or k + 1 >= len(lower):
        return False
    before = lower[k - 1] if k else ""
    after = lower[k + 1]
    if before not in _OPENERS or not after.isalpha() or after in PREPOSITIONS or after in DETERMINERS \
            or after in _PRONOUNS:
        return False
    for other in matches:
        if other.start <= match.end or other.start - match.end > _REACH or not other.rule.verb \
                or "noun" in other.rule.flags:
            continue
        if not any(w in _BREAKS for w in lower[match.end:other.start]):
            return True
    return False


# before an object's -ing modifier: a preposition that takes people, or a determiner ("of" and "by"
# take gerunds: "accused of killing civilians", "by striking rebel positions")
_OBJECT_OPENERS = frozenset({"with", "at", "against", "among", "the", "their", "its", "his", "her", "some", "many",
                             "several", "hundreds", "thousands", "dozens"})


def object_modifier(lower: list[str], match: Match, mentions: list[Mention]) -> bool:
    """Whether ``match`` (roots 18-20) is a one-word -ing form after a preposition or determiner and
    right before a noun of unarmed people ("with striking doctors", "at striking teachers"): it says
    what those people do, and is no act of force."""
    k = match.head
    if match.start != k or match.end != k + 1 or k == 0 or k + 1 >= len(lower) \
            or not lower[k].endswith("ing") or match.rule.code[:2] not in VIOLENT_ROOTS \
            or lower[k - 1] not in _OBJECT_OPENERS:
        return False
    after = next((m for m in mentions if m.start == k + 1), None)
    if after is not None and after.actor is not None:
        return unarmed_role(after.actor.role) or human_role(after.actor.role or "")
    return people_code(lower[k + 1]) != ""