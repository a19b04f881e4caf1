""""Visiting X": the participle names the guest, and an actor listed with the guest is the host.

"Visiting Japanese Prime Minister X and President Y agreed to ...", "President Y and the
visiting Indian premier signed ...": the adjective "visiting" marks X as the one who came,
so the visit runs from X to the other state of the list (042), not from the list's first
name to the next. Only a list joined by commas or "and" names the host. With no other
state in the list, the guest alone is the source, and a wire dateline in another state
("KYIV - Visiting German Chancellor X pledged ...", "KYIV (Reuters) - X arrived on an
unannounced visit") names the host; with no dateline no visit is coded.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import ActorRef, Doc, Sentence
from ..pipeline import Context
from .frames import Frame
from .listed import listed_with
from .places import dateline

__all__ = ["dateline_host", "visiting_frame", "visiting_guest"]

_VISIT = "042"


def visiting_frame(sentence: Sentence, lower: list[str], match: Match) -> Frame | None:
    """The guest after "visiting" as source, the other states listed with the guest as targets;
    None when the match is no adjectival "visiting" or no host is listed."""
    if match.rule.code != _VISIT or match.end - match.start != 1 or lower[match.start] != "visiting":
        return None
    guest = next((m for m in sentence.mentions if m.start == match.end), None)
    if guest is None or guest.actor is None or guest.kind in ("place", "pronoun") or guest.locative:
        return None
    hosts = [m for m in listed_with(guest, sentence) if m is not guest and m.actor.primary != guest.actor.primary]
    return Frame([guest], hosts) if hosts else None


def visiting_guest(sentence: Sentence, lower: list[str], match: Match) -> Frame | None:
    """The guest after an adjectival "visiting" alone, as the source, when no host is listed. Such
    a "visiting" is the act even when a verb follows its noun ("the visiting X agreed"), unlike
    "Protesting farmers demanded"."""
    if match.rule.code != _VISIT or match.end - match.start != 1 or lower[match.start] != "visiting":
        return None
    guest = next((m for m in sentence.mentions if m.start == match.end), None)
    if guest is None or guest.actor is None or guest.kind in ("place", "pronoun") or guest.locative:
        return None
    return Frame([guest], [])


def dateline_host(doc: Doc, ctx: Context, lower: list[str], match: Match, frame: Frame,
                  sentence: Sentence | None = None) -> list[ActorRef]:
    """The dateline's state as the host of a visit that names no destination: an adjectival
    "visiting X", or "on/during a/an ... visit" with no "to" after it; with no dateline, the state
    of the place the sentence's act is said to happen in ("signed an accord in Nairobi during a
    visit by X"); [] otherwise."""
    if match.rule.code != _VISIT or frame.targets or not frame.sources or match.end - match.start != 1:
        return []
    word = lower[match.start]
    following = lower[match.end] if match.end < len(lower) else ""
    if word != "visiting" and not (word == "visit" and following != "to"
                                   and _VISIT_OPENERS.intersection(lower[max(0, match.start - 4):match.start])):
        return []
    place = dateline(doc, ctx)
    guests = {m.actor.primary for m in frame.sources if m.actor is not None}
    if place is None and sentence is not None and word == "visit":
        where = next((m for m in sentence.mentions if m.locative and m.actor is not None and m.end <= match.start
                      and m.actor.type == "state"), None)  # the first place the sentence names before the visit
        place = {"country": where.actor.primary, "name": where.text} if where is not None else None
    country = (place or {}).get("country")
    if not country or any(m.actor is None for m in frame.sources) or country in guests:
        return []
    return [ActorRef(country, country, country, country, place["name"])]


_VISIT_OPENERS = frozenset({"on", "during"})  # "on a two-day visit", "during a visit by X"
