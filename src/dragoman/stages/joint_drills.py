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


def joint_exercise(match: Match, frame: Frame, code: str,
                   words: list[str] | None = None) -> tuple[str, list[tuple[ActorRef, ActorRef, None]]]:
    """``code`` and no pairs, or 062 and each drilling state with each other, or with the partner
    named by "with" ("American soldiers began an exercise with Armenian forces")."""
    if code != "150" or match.rule.id not in _DRILLS:
        return code, []
    partners = _partners(match, frame, words or [])
    if partners:
        doers = [ActorRef.of(m) for m in frame.sources if m.actor is not None and m.actor.type == "state"]
        pairs = [(a, b, None) for a in doers for b in partners if a.primary != b.primary]
        return (_JOINT_EXERCISE, pairs + [(b, a, None) for a, b, _ in pairs]) if pairs else (code, [])
    sources = [ActorRef.of(m) for m in frame.sources if m.actor is not None and m.actor.type == "state"]
    states = {s.primary for s in sources}
    if len(states) < 2 or any(m.actor is not None and m.actor.primary not in states for m in frame.targets):
        return code, []  # a target of another state: a show of force aimed at it
    return _JOINT_EXERCISE, [(a, b, None) for a in sources for b in sources if a.primary != b.primary]


_PARTNER_GAP = frozenset({"the", "a", "an", "their", "its", "troops", "forces", "soldiers", "army", "navy",
                          "marines", "units", "counterparts"})


def _partners(match: Match, frame: Frame, words: list[str]) -> list[ActorRef]:
    """The states the drill is held with: targets right after "with", right after the drill."""
    found = []
    for m in frame.targets:
        if m.actor is None or m.actor.type != "state" or m.locative:
            continue
        j = m.start - 1
        while j >= match.end and words[j] in _PARTNER_GAP:
            j -= 1
        if j >= match.end and words[j] == "with" and j - match.end <= 3 \
                and all(words[k] in _PARTNER_GAP for k in range(match.end, j)):  # not "near the border with X"
            found.append(ActorRef.of(m))
    return found
