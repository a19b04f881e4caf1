"""Crowd control by an international force: "peacekeepers fired tear gas to disperse the crowd".

A coercive act whose rule takes its doer's own ground when no target is named (tear gas, arrests,
curfews) is a state's act on its own people. A body of states (the UN, NATO, the AU) has no own
people: its mission acts on the people of the place where it serves, the state of the sentence's
scene.
"""

from __future__ import annotations

from ..model import ActorRef, Mention, Sentence
from .conflict import scene

__all__ = ["mission_ground"]


def mission_ground(sources: list[Mention], sentence: Sentence, code: str, at: int) -> ActorRef | None:
    """The state of the scene, as the target of a coercive act (17) by international bodies only."""
    if code[:2] != "17" or not sources or any(m.actor is None or m.actor.type != "igo" for m in sources):
        return None
    where = scene(sentence, [], at)
    if where is None or where.actor is None or where.actor.primary in {m.actor.primary for m in sources}:
        return None
    state = where.actor.primary
    if not (len(state) == 3 and state.isalpha() and state.isupper()):
        return None
    return ActorRef(state, state, state, state, where.text)
