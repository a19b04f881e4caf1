"""A relative clause that describes the victim of a passive: "a youth who allegedly snatched a
phone from a vendor was killed in a mob attack", "two traders who were reportedly accused of hoarding were beaten".
Its framing words ("allegedly", "accused") say what the victim is said to have done; they do not
frame the act the main clause reports.
"""

from __future__ import annotations

__all__ = ["victim_relative"]

_NOT_NOUN = frozenset({"said", "says", "say", "reported", "stated", "added", "claimed", "and", "or", "but",
                       "was", "were", "is", "are", "has", "have", "had", "those", "anyone", "everyone"})
_BE = frozenset({"was", "were"})


def victim_relative(lower: list[str], trigger: int) -> range:
    """The tokens of a "who" clause after the subject noun and before the passive "was/were" that ends
    right before ``trigger`` (an empty range when there is none)."""
    be = trigger - 1
    while be > 0 and lower[be] not in _BE and trigger - be <= 3:  # "was killed", "were later beaten"
        be -= 1
    if be <= 1 or lower[be] not in _BE:
        return range(0)
    for r in range(be - 2, 0, -1):
        if lower[r] == "who":
            noun = lower[r - 1]
            return range(r, be) if noun.isalpha() and noun not in _NOT_NOUN else range(0)
        if lower[r] in (",", ";", ":") and r < be - 1:
            continue
    return range(0)
