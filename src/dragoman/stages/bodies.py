"""Government bodies that name no state: the state of the person who owns them, or of the sentence before.

"President Maduro's government" is Venezuela's (:func:`body_of_possessor`).

"Kenya summoned the Ugandan ambassador on Monday. The ministry accused Kampala of
backing rebels.": "the ministry" names no state; as the subject of the next
sentence it is the previous subject's state's (its government, ``GOV``). Only a
government body or title ("the government", "the foreign ministry", "the
presidency", "the foreign minister"), never an embassy, an ambassador or an envoy
(they stand for their state abroad) nor a counterpart, only right at the start
of the sentence, and only when the previous subject is a state or one of its
people.
"""

from __future__ import annotations

from ..model import Actor, Mention, Sentence

__all__ = ["body_of_possessor", "body_of_previous_subject"]

_OPENING = {"the"}
# a mission and its people stand for a state abroad, a counterpart for the other side
_ABROAD = ("embass", "ambassador", "envoy", "counterpart", "consul")


def body_of_previous_subject(mention: Mention, sentence: Sentence, previous_subject: Mention | None,
                             code: str) -> bool:
    """Give ``mention`` the previous subject's state as its government; True when it did."""
    words = mention.text.lower().split()
    if code != "GOV" or mention.role not in ("body", "title") or previous_subject is None \
            or any(w.startswith(_ABROAD) for w in words):
        return False
    actor = previous_subject.actor
    if actor is None or actor.type not in ("state", "person") or previous_subject.locative \
            or previous_subject.kind == "place":
        return False
    state = actor.country or actor.primary if actor.type == "person" else actor.primary
    if not state or any(t.lower not in _OPENING for t in sentence.tokens[:mention.start]):
        return False
    mention.actor = Actor(state, state, state + code, f"{state} ({code})", "state", code)
    mention.resolved_from = previous_subject.text
    return True


_POSSESSIVE = {"'s", "’s"}


def body_of_possessor(mention: Mention, sentence: Sentence, code: str) -> bool:
    """"President Maduro's government": a body or group right after a person's possessive is that
    person's state's; True when it gave ``mention`` an actor."""
    if not code or mention.role not in ("body", "group") or mention.start < 2 \
            or sentence.tokens[mention.start - 1].text not in _POSSESSIVE:
        return False
    owner = next((m for m in sentence.mentions if m.end == mention.start - 1), None)
    if owner is None or owner.actor is None or owner.actor.type != "person":
        return False
    state = owner.actor.country or owner.actor.primary
    if not state:
        return False
    mention.actor = Actor(state, state, state + code, f"{state} ({code})", "state", code)
    mention.resolved_from = owner.text
    return True
