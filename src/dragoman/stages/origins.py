"""A place a journey starts from is no scene (issue 12, precision).

"an airliner flying from Athens to Vilnius" names where the flight began: neither the airliner
nor the police who later board it are Athens' state. People fleeing from a place stay its own
("refugees who fled from Aleppo"), so only the motion of craft and travellers counts here.
"""
from __future__ import annotations

from ..model import Mention, Sentence

_MOTION = frozenset({
    "flying", "flew", "flown", "travelling", "traveling", "travelled", "traveled", "sailing",
    "sailed", "departing", "departed", "bound", "heading", "headed", "returning", "en", "route",
    "arriving", "arrived", "journeying", "shuttling", "transiting",
})


def origin(mention: Mention, sentence: Sentence) -> bool:
    """Whether the mention follows "from" after a verb of travel ("flying from Athens"):
    two token look-ups, no scan of the sentence."""
    toks = sentence.tokens
    i = mention.start
    return i >= 2 and toks[i - 1].lower == "from" and toks[i - 2].lower in _MOTION


def origin_at(lower: list[str], start: int) -> bool:
    """:func:`origin` on a sentence's lower-cased tokens."""
    return start >= 2 and lower[start - 1] == "from" and lower[start - 2] in _MOTION


def scenes(mentions: list[Mention], sentence: Sentence) -> list[Mention]:
    """The mentions that may place the sentence's people: all but the origins of a journey."""
    return [m for m in mentions if not origin(m, sentence)]
