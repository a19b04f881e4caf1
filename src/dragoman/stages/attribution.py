"""Violence whose doer is named after the act: "..., an attack claimed by ISIL", "Officials
blamed Boko Haram", "ISIS suspected."

A bombing or attack coded before its doer is known gets, as its source, the home state of
the scene or of the victims (a suicide bomber "blew himself up" in Manchester: GBR). When
the same or the next sentence names an armed group as the claimed, suspected or blamed
doer, the act is that group's, as a conflict monitor codes it.
"""

from __future__ import annotations

from ..knowledge.codebook import VIOLENT_ROOTS
from ..model import ActorRef, Event, Sentence
from .conflict import attributed, claimant

__all__ = ["attribute_later", "blame_for_violence"]

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
        if not 0 <= sentence.index - event.sentence <= _REACH or event.code[:2] not in VIOLENT_ROOTS:
            continue
        source = event.source
        generic = _unnamed(source) and source.code[:3] == source.primary and source.code[3:] in _GENERIC_ROLES
        if generic and source.primary == event.target.primary and doer.primary != source.primary:
            event.source = doer


def blame_for_violence(events: list[Event]) -> list[Event]:
    """"A bomb wounded three rangers, police said, blaming separatist insurgents", "Gunmen killed
    five farmers. Residents blamed militants.": police, officials or residents blaming an actor of
    their own state for violence just reported name its doer; that is attribution, not a new
    accusation (112) between two sides of one state. A blame across states ("Washington blamed
    Iran-backed militias") stays an event, and so does an accusation ("accused the party of ...")."""
    violent = [(e.sentence, e.source.primary) for e in events if e.code[:2] in VIOLENT_ROOTS]
    return [e for e in events if not (
        e.root == "11" and "blam" in e.trigger.lower() and e.source.primary == e.target.primary
        and _unnamed(e.target)
        and any(0 <= e.sentence - at <= _REACH and state == e.source.primary for at, state in violent))]


def _unnamed(ref: ActorRef) -> bool:
    """An actor named only by its role and place ("insurgents", "government forces")."""
    return ref.id == ref.primary or ref.id.startswith(("PLACE:", "PUBLISHER:"))  # or by the publisher's state
