"""Violence with no doer in the text, against victims of another state than the place's:
"a drone attack on a US base in Jordan killed three American soldiers", "Hamas's leader was
killed in an attack in Tehran".

A monitor gives violence whose doer is unnamed to an unidentified armed group of the place's
state (:func:`.conflict.unnamed_doer`), which fits people of that state attacked at home. When every
victim named is of another state, the host state is no more the doer than any other: such an
event is kept only when a claim or suspicion later in the report names its doer
(:func:`.conflict.claimed`), and dropped otherwise. A doer named by role ("gunmen in Kano killed two
Chinese workers"), an earlier attacker, or foreign troops as the victims ("two Ethiopian soldiers
killed near Baidoa": forces stationed there, whom the country's armed groups fight) are not affected.
"""

from __future__ import annotations

from ..model import ActorRef, Event

__all__ = ["GUEST", "as_guest_doer", "foreign_guests", "unclaimed_guests"]

GUEST = "unnamed (victims of another state)"


def foreign_guests(targets: list[ActorRef], state: str, lower: list[str]) -> bool:
    """Whether there are victims, every one of another state than ``state`` (the scene's), not an armed
    group nor forces, in a sentence with no "by" (that may name the doer the frame missed: "an airstrike by X")."""
    return bool(targets) and all(t.primary != state and _state_code(t.primary) and t.code[3:] not in _FORCES
                                 for t in targets) and "by" not in lower


# foreign forces stationed in the country are the usual target of its armed groups ("two Ethiopian
# soldiers reported killed near Baidoa"): a monitor codes the host's unidentified armed group
_FORCES = frozenset({"MIL", "COP", "SPY"})


def _state_code(code: str) -> bool:
    return len(code) == 3 and code.isalpha() and code.isupper()


def as_guest_doer(doer: ActorRef) -> ActorRef:
    """The unnamed doer, marked so that the event is dropped unless a claim renames its doer."""
    return ActorRef(doer.id, doer.primary, doer.code, doer.name, GUEST)


def unclaimed_guests(events: list[Event]) -> list[Event]:
    """The events, without those whose doer is still the marked unnamed one."""
    return [e for e in events if e.source.mention != GUEST]
