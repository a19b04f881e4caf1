"""Troops that march are no demonstrators.

"Soldiers marched into the village", "separatist fighters marched through Bamenda", "militiamen
rallied in Bria before attacking", "government troops rallied and retook the town": the verbs of a
street protest (march, rally, occupy a building) said of armed forces, rebels, militiamen or police
tell of a movement of force, not of dissent (14). The protest rules whose words name a protest
themselves ("rallied against", "marched to demand") are not read here: soldiers who march to demand
their pay protest.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .event_codes import armed
from .people_nouns import unarmed_role

__all__ = ["armed_march"]

# protest rules whose verb is also a movement of force
_MOVEMENT_RULES = frozenset({"141/march", "141/marched", "141/marched-after", "141/rally", "144/occupy-buildings"})
_ARMED_ROLES = frozenset({"COP", "UAF", "SPY"})
_ARMED_NOUNS = frozenset({"militiamen", "militia", "militias", "gunmen", "jihadists", "insurgents", "guerrillas",
                          "policemen", "gendarmes", "police", "guards", "bandits", "armed"})


def armed_march(lower: list[str], match: Match, sources: list[Mention]) -> bool:
    """Whether ``match`` is a protest rule's march, rally or occupation whose every doer is armed."""
    return match.rule.id in _MOVEMENT_RULES and bool(sources) and all(_armed(lower[:match.start], m) for m in sources)


_FOLLOWER_REACH = 4  # words between "of" and the armed noun ("supporters of Niger's new junta")


def _followers_of(lower: list[str], start: int) -> bool:
    """Whether the words before a mention read "<followers> of ..." within a few words."""
    for k in range(start - 1, max(start - 1 - _FOLLOWER_REACH, 0), -1):
        if lower[k] == "of":
            return lower[k - 1] in _FOLLOWERS
    return False


_NAME_REACH = 6  # words after the armed noun that may still name its body ("Police and Prisons Workers Union")
_BODIES = frozenset({"union", "unions", "association", "associations", "families", "wives", "widows", "relatives"})
# soldiers or police who no longer serve ("former soldiers marched over unpaid pensions")
_FORMER = frozenset({"former", "retired", "ex", "demobilised", "demobilized", "discharged", "dismissed", "sacked",
                     "fired", "unpaid"})
# people who back an armed body are no part of it ("supporters of the junta marched on the embassy")
_FOLLOWERS = frozenset({"supporters", "followers", "backers", "sympathisers", "sympathizers", "partisans", "admirers"})


def _armed(lower: list[str], m: Mention) -> bool:
    """Troops, rebels, militiamen or police; not a union or kin whose name holds such a word
    ("the police officers' union", "soldiers' wives"), nor their supporters ("supporters of the
    junta"), nor those who no longer serve ("former soldiers", "demobilised fighters"). ``lower``: the words before the verb."""
    role = m.actor.role if m.actor is not None else None
    if unarmed_role(role) or not _BODIES.isdisjoint(m.text.lower().split() + lower[m.end:m.end + _NAME_REACH]) \
            or m.start >= 2 and lower[m.start - 1] == "of" and lower[m.start - 2] in _BODIES \
            or _followers_of(lower, m.start) \
            or not _FORMER.isdisjoint(m.text.lower().replace("-", " ").split() + lower[max(m.start - 2, 0):m.start]):
        return False
    return armed(m) or role in _ARMED_ROLES or not _ARMED_NOUNS.isdisjoint(m.text.lower().split())

