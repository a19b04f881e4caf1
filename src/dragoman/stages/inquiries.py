"""The target of an inquiry (root 09) whose clause names no one investigated.

An inquiry into what happened in a place is into the state of that place: "the OPCW opened an
investigation into the use of chlorine in Syria" (OPCW -> SYR). A state's inquiry into something
(no place and no other state named in the sentence) is domestic, as the annotators code it: "Israel's military launched an inquiry
into the strike", "police opened an investigation into how the attacker got in" (ISR -> ISR). A
body's inquiry (an IGO or NGO) into what happened in a town is into the town's state ("the OPCW ...
in Aleppo"); one that names no place has no target.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import ActorRef, Mention, Sentence

__all__ = ["inquiry_targets"]

_REACH = 14  # tokens after the trigger where the place of the inquiry may stand
_BREAKS = frozenset({";", ".", "but", "while", "after", "before", "as", "said", "says", "and"})


def _place_after(sentence: Sentence, match: Match, towns: bool) -> Mention | None:
    """The first state (with ``towns``, or place of a state) governed by a place preposition after the
    trigger, in its clause."""
    lower = [t.lower for t in sentence.tokens]
    end = min(len(lower), match.end + _REACH)
    stop = next((k for k in range(match.end, end) if lower[k] in _BREAKS), end)
    return next((m for m in sentence.mentions if match.end <= m.start < stop and m.locative
                 and m.actor is not None and (m.actor.type == "state" or towns and m.actor.type == "place"
                                              and len(m.actor.primary) == 3)), None)


def inquiry_targets(sentence: Sentence, match: Match,
                    sources: list[Mention]) -> tuple[list[ActorRef], str | None]:
    """The place's state (how: None), else each state source's own (how: "self")."""
    body = not any(m.actor is not None and m.actor.type == "state" for m in sources)
    place = _place_after(sentence, match, towns=body)  # a body's inquiry into a town's events: its state's
    if place is not None:
        ref = ActorRef.of(place)
        return [ActorRef(ref.primary, ref.primary, ref.primary, ref.primary, ref.mention)], None
    lower = [t.lower for t in sentence.tokens]
    if "into" not in lower[match.start:match.end + 1]:
        return [], None  # "said it had opened an investigation": into what, the text does not say
    refs = [ActorRef.of(m) for m in sources if m.actor is not None and m.actor.type == "state"]
    mine = {r.primary for r in refs}
    if any(m.actor is not None and m.actor.primary not in mine for m in sentence.mentions):
        return [], None  # "seized a Maltese ship and opened an investigation into sabotage": not at home
    return [ActorRef(r.primary, r.primary, r.primary, r.primary, r.mention) for r in refs], "self"
