"""Event nouns that set the scene of another act: "during a visit to Taipei", "on a trip to Lima",
"at a news conference with X".

"Paraguay's president thanked Taiwan for its support during a visit to Taipei": the visit is
not what "thanked" comments on, and its visitor is the clause's subject, not the object
("Taiwan") that stands nearest before it.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match

__all__ = ["setting_phrase", "subject_setting"]

_OPENERS = frozenset({"during", "on", "at", "in"})
_INDEFINITE = frozenset({"a", "an"})


def setting_phrase(lower: list[str], match: Match) -> bool:
    """Whether ``match`` is an event noun in a "during"/"on"/"at" phrase: the preposition is the rule's
    own first word ("on|during a visit to"), or "during" stands right before the noun."""
    if match.start != match.head and lower[match.start] in _OPENERS:
        return True
    return match.start > 0 and lower[match.start - 1] == "during"


def subject_setting(lower: list[str], match: Match) -> bool:
    """A setting phrase with an indefinite article ("during a visit to Taipei"), whose visitor is the
    clause's subject; "during his visit" may be another person's (the one "his" refers to)."""
    if not setting_phrase(lower, match):
        return False
    k = match.start + 1 if lower[match.start] in _OPENERS else match.start
    return k < len(lower) and lower[k] in _INDEFINITE
