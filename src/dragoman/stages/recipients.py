"""Who receives aid that its sentence gives to no one.

"Saudi Arabia and the UAE pledged $500 million" after "Yemen appealed for aid ...
in Aden": a pledge or delivery of aid with no recipient named (rules flagged
``ant`` in roots 03 and 07) goes, in order, to the recipient of others' aid
reported before; to another actor named before it in its sentence ("rejected
Sri Lanka's request, offering new loans"); to the state of the last place the
previous sentence names (where the need is: "landed in Tonga"); else to the
previous sentence's subject.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import ActorRef, Event, Mention
from .clauses import Structure

__all__ = ["AID", "aid_recipient", "shared_recipient"]

AID = ("07", "033")  # codes of aid and of pledges of aid


def aid_recipient(st: Structure, match: Match, mine: set[str], earlier: list[Event],
                  previous: list[Mention]) -> list[ActorRef]:
    """The recipient of an aid act with no target in its sentence, or []: the one its purpose names
    ("pledged $50 million on Monday to help Malawi fight cholera"), else another donor's recipient
    before, an actor before it, the place or subject of the sentence before."""
    helped = _helped(st, match, mine)
    if helped:
        return helped
    given = next((e.target for e in reversed(earlier) if e.code.startswith(AID)
                  and e.source.primary not in mine and e.target.primary not in mine), None)
    if given is not None:
        return [given]

    def other(m: Mention) -> bool:
        return m.actor is not None and m.actor.primary not in mine

    here = [m for m in st.sentence.mentions if m.start < match.start and other(m) and m.kind != "place"
            and not m.locative]
    if here:
        return [ActorRef.of(here[-1])]
    places = [m for m in previous if other(m) and (m.kind == "place" or m.locative)]
    if places:
        return [ActorRef.of(places[-1])]
    subjects = [m for m in previous if other(m) and not m.possessive]
    return [ActorRef.of(subjects[0])] if subjects else []


_HELP = frozenset({"help", "assist", "support", "aid"})
_REACH = 10  # tokens after the trigger searched for its purpose


def _helped(st: Structure, match: Match, mine: set[str]) -> list[ActorRef]:
    """The actor right after "to help|assist|support" that follows the aid act in its clause."""
    lower = st.lower
    for k in range(match.end, min(len(lower) - 1, match.end + _REACH)):
        if lower[k] in (";", ":") or lower[k] == "," and k > match.end:
            return []
        if lower[k] == "to" and lower[k + 1] in _HELP:
            after = next((st.at_start[j] for j in range(k + 2, min(len(lower), k + 5)) if j in st.at_start), None)
            if after is None or after.actor is None or after.locative or after.actor.primary in mine:
                return []
            return [ActorRef.of(after)]
    return []


def shared_recipient(st: Structure, match: Match, mine: set[str], earlier: list[Event]) -> list[ActorRef]:
    """The recipient of another donor's aid reported before in the same sentence, for an aid act
    (07) that names no recipient: "Japan sent a rescue team to Turkey, while South Korea said it would
    send $5 million in humanitarian assistance" (KOR>TUR). Only the same sentence: an aid act with no
    recipient after another sentence stays uncoded ("US aircraft dropped food to Yazidis")."""
    if not match.rule.code.startswith("07"):
        return []
    given = next((e.target for e in reversed(earlier) if e.sentence == st.sentence.index
                  and e.code.startswith(AID) and e.source.primary not in mine
                  and e.target.primary not in mine), None)
    return [given] if given is not None else []
