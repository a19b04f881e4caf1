"""The host's side of a visit, when the text shows the host dealing with the visitor.

A visit ("X arrived in Y", "X's visit to Y") names only the guest, and the visits
stage leaves the host's side (043) to the annotator's judgement. When the visit's
sentence also codes an act the two did together, each towards the other ("arrived in
Y and signed agreements", "signed a declaration in Y, a day after X visited"), the
host received the guest: Y 043 X is coded too. A guest's own act in the host country
("visited Y and pledged aid") does not show the host acting.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ..model import Event

__all__ = ["hosts"]

_VISIT = "042"


def hosts(events: list[Event], recode: Callable[[Event], Event]) -> list[Event]:
    """The host events (recoded by ``recode``) for the visits in ``events`` that need one."""
    out: list[Event] = []
    for visit in events:
        if visit.code != _VISIT or not visit.asserted or visit.source.primary == visit.target.primary:
            continue
        joint = {e.code for e in events if e.sentence == visit.sentence and e.code[:3] not in ("042", "043")
                 and (e.source.primary, e.target.primary) == (visit.target.primary, visit.source.primary)}
        dealt = any(e.code in joint and (e.source.primary, e.target.primary)
                    == (visit.source.primary, visit.target.primary) for e in events)  # they acted together
        hosted = any(e.code == "043" and e.source.primary == visit.target.primary
                     and e.target.primary == visit.source.primary for e in events)
        if dealt and not hosted:
            host = dataclasses.replace(visit, source=visit.target, target=visit.source, id=visit.id + "h")
            out.append(recode(host))
    return out
