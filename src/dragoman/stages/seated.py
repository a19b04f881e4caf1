"""A capital named as the seat of a court, ministry or headquarters, not as where an act happened.

"Farmers rallied in Kaduna. The Court of Appeal, based in Abuja, had voided their land titles.":
the court sits in the capital, the rally is in Kaduna. A capital is named as a seat when "sitting",
"based", "headquartered", "seated" or "sits" comes right before its "in", or a court, ministry,
tribunal or headquarters right before it ("the Supreme Court in Nairobi"). The places stage ranks
such a capital after every other place of the sentence, and takes the place of the sentence
before over it; with no other place in the report, it stays the event's place.
"""

from __future__ import annotations

from ..model import Mention, Sentence

__all__ = ["named_as_seat"]

_SEATED = frozenset({"sitting", "based", "headquartered", "seated", "sits"})
_SEATS = frozenset({"court", "ministry", "tribunal", "headquarters", "secretariat"})


def named_as_seat(sentence: Sentence, mention: Mention) -> bool:
    """The capital ``mention`` is named as the seat of a body ("a court sitting in Abuja")."""
    if mention.kind != "capital" or mention.start < 2:
        return False
    toks = sentence.tokens
    if toks[mention.start - 1].lower != "in":
        return False
    before = toks[mention.start - 2].lower
    return before in _SEATED or before in _SEATS
