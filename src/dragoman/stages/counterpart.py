"""A statement with no addressee, by one side of an act just reported, is aimed at the other side.

"India suspended the water treaty and shut the border crossing with Pakistan. Islamabad warned on
Thursday that any attempt to divert the water would be an act of war": the warning names no one, and
its author was one side of the act reported just before (in the sentence before or earlier in its
own); it answers the other side. Only for acts of speech that are aimed at someone by nature
(an offer or willingness, 03; a demand, 10; a rejection, 12; a threat or warning, 13), only when the
sentence names no other actor than the author's own (a state named between, "a day after Trump
offered to help", is what the act may answer instead: nothing is guessed), and only for the
last such act, in this sentence or the one before, that involved the author and another actor. Not
for a doer taken from another clause, nor for a measure kept in force (124).
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import ActorRef, Event
from .clauses import Structure
from .roles import Frame

__all__ = ["other_side"]

_ROOTS = frozenset({"03", "10", "12", "13"})
_STANDING = "124"  # a measure kept in force ("kept the embargo in place") is no statement: its target was named


def other_side(st: Structure, match: Match, frame: Frame, code: str, earlier: list[Event]) -> list[ActorRef]:
    """The other actor of the last act, of this sentence or the one before, its author took part in."""
    if code[:2] not in _ROOTS or code.startswith(_STANDING) or not frame.sources or frame.inherited or not earlier:
        return []  # a doer from another clause ("..., where aid groups warn of famine") is not the author
    mine = {m.actor.primary for m in frame.sources if m.actor is not None}
    if not mine or len(mine) > 1:
        return []
    side = _last_partner(earlier, mine, st.sentence.index)
    if side is None or any(m.actor is not None and m.actor.primary not in mine and m.kind != "place"
                           and not m.locative and m.actor.type != "place" for m in st.sentence.mentions):
        return []  # another actor named here: the act may answer it
    return [side]


def _last_partner(earlier: list[Event], mine: set[str], here: int) -> ActorRef | None:
    """The other actor of the last act, of sentence ``here`` or the one before, between ``mine`` and one other."""
    for event in reversed(earlier):
        if event.sentence < here - 1:
            return None
        if event.sentence > here:
            continue
        sides = {event.source.primary, event.target.primary}
        if mine <= sides and len(sides) == 2:
            return event.source if event.target.primary in mine else event.target
    return None
