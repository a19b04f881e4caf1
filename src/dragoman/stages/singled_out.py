"""An object named only as a group, with one member singled out: that member is the target.

"Belgium asked its European partners, and specifically the Netherlands, to share
intelligence", "Rouhani was ready for engagement with the West, and in particular the United
States", "China condemned Western countries, especially Britain, ...": the group is no
actor we can code, the member singled out after "especially", "in particular" and the like
is. Asked only for an act that found no target; the member must follow the trigger within
a short phrase with no verb or clause break before it.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure, group_right

__all__ = ["singled_out"]

_MARKERS = frozenset({"especially", "particularly", "notably", "specifically", "chiefly", "mainly"})
_REACH = 10  # tokens from the trigger's end to the marker
_SKIP = frozenset({"the", "and"})


def singled_out(st: Structure, match: Match) -> list[Mention]:
    """The member (and members listed with it) singled out after the trigger's group object, or []."""
    end = min(match.end + _REACH, len(st.lower) - 1)
    for k in range(match.end, end):
        if k in st.heads or k in st.stops and st.lower[k] != ",":
            return []
        named = st.at_start.get(k)
        if named is not None and not named.possessive:
            return []  # an actor named before any marker: the roles stage's object, not a group ("its partners" is)
        word = st.lower[k]
        marker = word in _MARKERS or word == "in" and st.lower[k + 1] == "particular"
        if not marker:
            continue
        if st.lower[k - 1] not in (",", "and"):
            return []
        j = k + (2 if word == "in" else 1)
        while j < len(st.lower) and st.lower[j] in _SKIP:
            j += 1
        member = st.at_start.get(j)
        if member is None or member.actor is None or member.locative or member.kind == "place":
            return []
        return group_right(st, member, len(st.lower))
    return []
