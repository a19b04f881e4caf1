"""Forces of two or more states exercising together, with no one else named, hold a joint
exercise (062), not a show of force (150).

"American and Filipino marines staged live-fire exercises off Batanes", "Greek and Egyptian
navies held drills in the eastern Mediterranean": the drill rules read a show of force aimed at
a target; with subjects of several states and no target but one of them (the host of the drill
area), the states drill with each other.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import ActorRef
from .frames import Frame

__all__ = ["joint_exercise"]

_DRILLS = frozenset({"150/drills", "150/war-games"})
_JOINT_EXERCISE = "062"


def joint_exercise(match: Match, frame: Frame, code: str) -> tuple[str, list[tuple[ActorRef, ActorRef, None]]]:
    """``code`` and no pairs, or 062 and each drilling state with each other."""
    if code != "150" or match.rule.id not in _DRILLS:
        return code, []
    sources = [ActorRef.of(m) for m in frame.sources if m.actor is not None and m.actor.type == "state"]
    states = {s.primary for s in sources}
    if len(states) < 2 or any(m.actor is not None and m.actor.primary not in states for m in frame.targets):
        return code, []  # a target of another state: a show of force aimed at it
    return _JOINT_EXERCISE, [(a, b, None) for a in sources for b in sources if a.primary != b.primary]
