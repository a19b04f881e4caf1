""""Its neighbour": the state named last before the description that is not its owner's.

"Sudan closed its border with Chad on Monday. Khartoum accused its neighbour of arming the RSF": the
owner ("its": Sudan) is the one state the neighbour is not; the neighbour is the state the text named
last before it, other than the owner (not a place, a pronoun or another description). With no such
state it stays unknown. ("its neighbour, Ecuador," is named by its apposition: no description.)
"""

from __future__ import annotations

from ..model import Actor, Mention

__all__ = ["resolve_neighbour"]


def resolve_neighbour(mention: Mention, owner: Mention, before: list[Mention]) -> None:
    """Give ``mention`` ("its neighbour") the last state in ``before`` that is not ``owner``'s."""
    mine = owner.actor.primary
    other = next((m for m in reversed(before) if m.actor is not None and m.actor.type == "state"
                  and m.kind not in ("place", "pronoun", "description") and m.actor.primary != mine), None)
    if other is not None:
        primary = other.actor.primary
        mention.actor = Actor(primary, primary, primary, primary, "state")
        mention.resolved_from = other.text
