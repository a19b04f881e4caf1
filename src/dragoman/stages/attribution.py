"""Violence whose doer is named after the act: "..., an attack claimed by ISIL", "Officials
blamed Boko Haram", "ISIS suspected."

A bombing or attack coded before its doer is known gets, as its source, the home state of
the scene or of the victims (a suicide bomber "blew himself up" in Manchester: GBR). When
the same or the next sentence names an armed group as the claimed, suspected or blamed
doer, the act is that group's, as a conflict monitor codes it.
"""

from __future__ import annotations

from ..model import ActorRef, Event, Sentence
from .conflict import attributed, claimant

__all__ = ["attribute_later"]

_VIOLENT = ("18", "19", "20")
_GENERIC_ROLES = ("", "UAF", "INS", "REB")  # no state's police, army or government
_REACH = 2  # "... an IED exploded. 3 soldiers killed. ISIS suspected."


def attribute_later(events: list[Event], sentence: Sentence) -> None:
    """Give the violence of this sentence and the two before, coded with a generic doer of the
    victims' own state, to the group this sentence names as claimant or suspect."""
    named = claimant(sentence)
    if named is None:
        named = next(iter(attributed(sentence)), None)
    if named is None or named.actor is None:
        return
    actor = named.actor
    doer = ActorRef(actor.id, actor.primary, actor.code, actor.name, named.text)
    for event in events:
        if not 0 <= sentence.index - event.sentence <= _REACH or event.code[:2] not in _VIOLENT:
            continue
        source = event.source
        generic = (source.id == source.primary or source.id.startswith("PLACE:")) \
            and source.code[:3] == source.primary and source.code[3:] in _GENERIC_ROLES
        if generic and source.primary == event.target.primary and doer.primary != source.primary:
            event.source = doer
