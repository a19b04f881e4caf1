""""Visiting X": the participle names the guest, and an actor listed with the guest is the host.

"Visiting Japanese Prime Minister X and President Y agreed to ...", "President Y and the
visiting Indian premier signed ...": the adjective "visiting" marks X as the one who came,
so the visit runs from X to the other state of the list (042), not from the list's first
name to the next. Only a list joined by commas or "and" names the host; with no other
state in the list the frame the roles stage found is kept.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Sentence
from .frames import Frame
from .listed import listed_with

__all__ = ["visiting_frame"]

_VISIT = "042"


def visiting_frame(sentence: Sentence, lower: list[str], match: Match) -> Frame | None:
    """The guest after "visiting" as source, the other states listed with the guest as targets;
    None when the match is no adjectival "visiting" or no host is listed. Such a "visiting" is
    the act even when a verb follows its noun ("the visiting X agreed"), unlike "Protesting
    farmers demanded"."""
    if match.rule.code != _VISIT or match.end - match.start != 1 or lower[match.start] != "visiting":
        return None
    guest = next((m for m in sentence.mentions if m.start == match.end), None)
    if guest is None or guest.actor is None or guest.kind in ("place", "pronoun") or guest.locative:
        return None
    hosts = [m for m in listed_with(guest, sentence) if m is not guest and m.actor.primary != guest.actor.primary]
    return Frame([guest], hosts) if hosts else None
