"""Injuries reported with no doer: a toll, not an act.

"Two soldiers were wounded near the front on Friday", "at least 20 people were injured when
students clashed with bus drivers": a passive of wounding with no "by" phrase reports the toll
of something else (a clash already coded, shelling whose side is not named). The unnamed-doer
fallback would make it the victims' state attacking itself; it is not coded. A bomb named as
the means ("wounded in a roadside bomb explosion") keeps its unnamed bomber (the caller's check).
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure

__all__ = ["injured_without_doer"]

_PASSIVE = frozenset({"was", "were", "been", "being", "be", "are", "is"})
_HURT = ("wound", "injur", "hurt")


def injured_without_doer(st: Structure, match: Match) -> bool:
    """Whether ``match`` is a passive of wounding ("were wounded", "had been injured") and no
    actor named in a "by" phrase follows it."""
    lower = st.lower
    head = lower[match.head] if match.head < len(lower) else ""
    if not head.startswith(_HURT) or match.head == 0 or lower[match.head - 1] not in _PASSIVE:
        return False
    for k in range(match.head + 1, min(match.head + 4, len(lower))):
        if lower[k] == "by":
            mention = st.at_start.get(k + 1) or st.at_start.get(k + 2)
            return mention is None or mention.actor is None
    return True
