"""The target of an act done in response, when its clause names none: the doer of the act it answers.

"Warsaw accused Minsk of orchestrating the crisis, and Belarus's defence ministry answered by holding
snap drills near the frontier", "Seoul responded on Wednesday by suspending part of the accord", "the
cabinet suspended the agreement in response": an act that English marks as a response ("answered /
responded / reacted / replied / countered by V-ing", "in response" or "in retaliation" with no object
of its own) is aimed at whoever did the act it answers, the last earlier act by another actor aimed at
the responder; with none, it is left without a target. ("Retaliated by", "hit back by" are the light
verbs of :mod:`.retaliation`.)
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import ActorRef, Event
from .antecedents import last_act_aimed_at
from .clauses import Structure
from .frames import Frame

__all__ = ["responded_to"]

_RESPONSE_VERBS = frozenset({"answered", "answers", "responded", "responds", "reacted", "reacts", "replied",
                             "replies", "countered", "counters"})
_REACH = 5  # tokens between the response verb and "by" ("within hours", "on Wednesday")
_AFTER = 8  # tokens from the act to "in response"
_IN_RESPONSE = frozenset({"response", "retaliation", "reply"})


def responded_to(st: Structure, match: Match, frame: Frame, earlier: list[Event]) -> list[ActorRef]:
    """The doer of the act a response answers; [] when ``match`` is not marked as a response."""
    mine = {m.actor.primary for m in frame.sources if m.actor is not None}
    if frame.targets or not mine or not (_by_gerund(st, match) or _in_response(st, match)):
        return []
    aimed = last_act_aimed_at(earlier, mine)
    return [aimed.source] if aimed is not None else []


def _by_gerund(st: Structure, match: Match) -> bool:
    """"answered (within hours) by V-ing": the trigger is the gerund after "by" of a response verb."""
    lower, k = st.lower, match.start - 1
    if k > 0 and lower[k].endswith("ly"):  # "by partly suspending"
        k -= 1
    if k < 1 or lower[k] != "by" or match.head != match.start or not lower[match.head].endswith("ing"):
        return False
    return any(lower[j] in _RESPONSE_VERBS for j in range(max(0, k - _REACH), k))


def _in_response(st: Structure, match: Match) -> bool:
    """"... in response" / "in retaliation" after the act, with no "to"/"for" object of its own."""
    lower = st.lower
    for j in range(match.end, min(len(lower) - 1, match.end + _AFTER)):
        if lower[j] in (".", ";") or j in st.heads:
            return False
        if lower[j] == "in" and lower[j + 1] in _IN_RESPONSE:
            return j + 2 >= len(lower) or lower[j + 2] not in ("to", "for", "against")
    return False
