"""The state whose forces a struck base houses.

"Iran fired a dozen ballistic missiles at two bases in Iraq housing US troops": an attack (roots 18-20)
on a base, camp or facility that the sentence says houses or hosts another state's forces is an
attack on that state, not on the state where the base stands. The roles stage asks this module only
for a violent act, and it reads at most a few words after the trigger.
"""

from __future__ import annotations

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure

__all__ = ["hosted_forces"]

_BASES = frozenset({"base", "bases", "airbase", "airbases", "camp", "camps", "facility", "facilities", "outpost",
                    "outposts", "compound", "compounds", "garrison", "garrisons"})
_HOUSING = frozenset({"housing", "hosting", "house", "host", "houses", "hosts", "housed", "hosted"})
_FORCES = frozenset({"troops", "forces", "soldiers", "personnel", "service", "servicemen", "military", "marines"})
_REACH = 12  # tokens after the trigger that may hold "bases in Iraq housing US troops"
_STOP = frozenset({";", ":", "said", "says", "while", "but", "and", "killing", "wounding"})


def hosted_forces(st: Structure, match: Match) -> list[Mention]:
    """The state named before "troops/forces" after "bases ... housing|hosting|that house" in the
    trigger's object; none when the object names no base or no hosted forces."""
    if match.rule.code[:2] not in VIOLENT_ROOTS:
        return []
    lower = st.lower
    base = False
    for k in range(match.end, min(match.end + _REACH, len(lower) - 2)):
        word = lower[k]
        if word in _STOP:
            return []
        base = base or word in _BASES
        if not base or word not in _HOUSING:
            continue
        j = k + 1 + (lower[k + 1] in ("the", "some"))
        mention = st.at_start.get(j)
        if mention is not None and mention.actor is not None and mention.actor.type == "state" \
                and (lower[mention.end - 1] in _FORCES or mention.end < len(lower) and lower[mention.end] in _FORCES):
            return [mention]
        return []
    return []
