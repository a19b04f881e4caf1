"""Crowd control by an international force: "peacekeepers fired tear gas to disperse the crowd".

A coercive act whose rule takes its doer's own ground when no target is named (tear gas, arrests,
curfews) is a state's act on its own people. A body of states (the UN, NATO, the AU) has no own
people: its mission acts on the people of the place where it serves, the state of the sentence's
scene; and the residents of its camps ("residents of the UN protection site") are that state's
people too. Nor does such a body riot (145).
"""

from __future__ import annotations

from ..model import ActorRef, Mention, Sentence
from .conflict import scene

__all__ = ["mission_ground", "people_of_a_body", "rioting_body"]


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


def people_of_a_body(mention: Mention, sentence: Sentence, at: int) -> ActorRef | None:
    """The civilians of the scene's state for civilians named after an international body ("residents
    of the UN camp in Bentiu"); None for any other mention or where no state is the scene."""
    actor = mention.actor
    if actor is None or actor.type != "igo" or not (actor.code or "").endswith("CVL"):
        return None
    where = scene(sentence, [], at)
    state = where.actor.primary if where is not None and where.actor is not None else ""
    if not (len(state) == 3 and state.isalpha() and state.isupper()):
        return None
    return ActorRef(state, state, state + "CVL", state, mention.text)


def rioting_body(mention: Mention, code: str) -> bool:
    """Whether ``mention`` is an international body as the doer of a riot (145): a misread list."""
    return code.startswith("145") and mention.actor is not None and mention.actor.type == "igo"
