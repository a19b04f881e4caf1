"""Fire returned is fire of the same kind: a return of fire takes the weapon of the fire it answers.

"North Korea shelled the island with artillery, and South Korean forces returned fire": the
codebook codes the fight by its weapons (193 small arms, 194 artillery and tanks, 195 aerial
weapons), and a return of fire names none of its own; it answers the fire aimed at its source,
so it is the same kind of fight. The rule ``193/return-fire`` gives small arms when no earlier
act of fighting (root 19) in the document went from the returning side's target to it; when one
did and named its weapon, the return of fire takes that code (rule id ``+sub:in-kind``).
Called from the ``subcodes`` stage; one pass over the document's events.
"""

from __future__ import annotations

from ..model import Event

__all__ = ["answered_in_kind"]

_RETURNED = "193/return-fire"
_WEAPONS = frozenset({"193", "194", "195", "1951", "1952"})


def answered_in_kind(events: list[Event], recode) -> list[Event]:
    """Events with each plain return of fire recoded to the weapon of the fire it answers.

    ``recode(event, code, row_id)`` gives the event with the new code.
    """
    if not any(e.rule == _RETURNED for e in events):
        return events
    out: list[Event] = []
    for event in events:
        if event.rule == _RETURNED and event.code == "193":
            answered = next((e for e in reversed(out) if e.code in _WEAPONS and e.rule != _RETURNED
                             and e.source.primary == event.target.primary
                             and e.target.primary == event.source.primary), None)
            if answered is not None and answered.code != event.code:
                event = recode(event, answered.code, "in-kind")
        out.append(event)
    return out
