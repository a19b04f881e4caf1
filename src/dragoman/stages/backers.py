"""A reaction to a thing its backer is fused to: "dismissed a US-backed proposal" (issue 12, branch ``fired``).

"X-backed", "X-sponsored", "X-drafted", "X-brokered" before a proposal, plan, resolution, truce or
deal names who put it forward; a rejection, disapproval or endorsement of that thing answers X, as
"rejected the timetable drafted by ECOWAS" answers ECOWAS (:mod:`.addressee`). The lexicon's skip
row for "-backed" keeps the participle from acting as a trigger and the actor before it from being
the object ("Israel struck Iran-backed militias": the militias are hit, not Iran); this reads the
actor back only before a thing (:data:`.reaction.THINGS` and a few pacts), never before people.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure
from .reaction import THINGS

__all__ = ["backer_of_object"]

_ROOTS = frozenset({"05", "11", "12"})
_BACKED = frozenset({"backed", "sponsored", "drafted", "brokered", "proposed", "authored", "tabled", "led",
                     "written", "drawn", "mediated"})
_PACTS = frozenset({"truce", "ceasefire", "deal", "draft", "text", "framework", "initiative", "roadmap",
                    "agreement", "accord", "blueprint", "scheme", "bid", "motion"})
_ARTICLES = frozenset({"a", "an", "the", "this", "that"})
_REACH = 3  # words from the participle to the thing: "a US-backed humanitarian truce proposal"


def backer_of_object(st: Structure, match: Match) -> list[Mention]:
    """The actor in "<article> X-backed ... <thing>" right after a reaction's trigger; [] if none."""
    if match.rule.code[:2] not in _ROOTS or "noun" in match.rule.flags:
        return []
    lower = st.lower
    j = match.end
    if j < len(lower) and lower[j] in _ARTICLES:
        j += 1
    actor = st.at_start.get(j)
    if actor is None or actor.actor is None or actor.locative or actor.kind in ("place", "pronoun"):
        return []
    k = actor.end
    if k + 1 >= len(lower) or lower[k] != "-" or lower[k + 1] not in _BACKED:
        return []
    if not any(w in THINGS or w in _PACTS for w in lower[k + 2:k + 2 + _REACH]):
        return []
    return [actor]
