"""Reciprocal acts written with "each ... the other".

"Serbia and Kosovo each accused the other of provocations", "the two armies clashed, each side
blaming the other": every coordinated doer acts on every other, as with "each other". Only the
object "the other" (or "the other side", "the other country") right after the verb, with "each"
just before the verb, is read so.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Sentence

__all__ = ["each_the_other"]

_EACH_NOUNS = frozenset({"side", "country", "government", "party", "army", "state", "camp", "of", "them"})


def each_the_other(sentence: Sentence, match: Match) -> bool:
    """Whether the verb of ``match`` has "each" before it and "the other" as its object."""
    words = [t.lower for t in sentence.tokens]
    if words[match.head + 1:match.head + 3] != ["the", "other"]:
        return False
    before = words[max(0, match.start - 3):match.start]
    return "each" in before and all(w == "each" or w in _EACH_NOUNS for w in before[before.index("each"):])
