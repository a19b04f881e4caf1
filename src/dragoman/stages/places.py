"""Stage ``places``: where an event happened — a place named with it, else the dateline, else none.

A place is a mention governed by a place preposition ("in Kabul", "near Moscow",
"at the White House") or a gazetteer place. The event takes the one in its
sentence nearest its trigger, preferring real places to venues named after a
body ("at the SCO summit in Astana" is in Astana); its country is the place's
own, never the actors' (an Israeli strike in Lebanon is located in LBN). With no
place in the sentence, a wire dateline ("KABUL, July 4 (Reuters) -") locates it.
Coordinates come from the gazetteer (``data/places``); a place it lacks has null
``lat`` and ``lon``.
"""

from __future__ import annotations

import re

from ..model import Doc, Mention, Sentence
from ..pipeline import Context, stage
from ..text import words

__all__ = ["locate_events"]

_DATELINE = re.compile(r"^\s*([A-Z][A-Z'.\- ]{2,40}?)(?:,\s*([A-Z][A-Za-z .]{2,30}?))?"
                       r"(?:,?\s+[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?\s*(?:\([^)]{2,30}\))?\s*[-–—]{1,2}\s")
_VENUE_TYPES = ("igo", "ngo")


@stage("places")
def locate_events(doc: Doc, ctx: Context) -> Doc:
    by_index = {s.index: s for s in doc.sentences}
    dateline = _dateline(doc, ctx)
    for event in doc.events:
        sentence = by_index.get(event.sentence)
        place = _place_in(sentence, event, ctx) if sentence is not None else None
        event.location = place or dateline
    return doc


def _place_in(sentence: Sentence, event, ctx: Context) -> dict | None:
    places = [m for m in sentence.mentions if m.actor is not None and m.kind != "pronoun"
              and (m.locative or m.kind == "place")]
    if not places:
        return None
    real = [m for m in places if m.actor.type not in _VENUE_TYPES]
    trigger_at = event.trigger_at if event.trigger_at >= 0 else sentence.text.find(event.trigger)
    mention = min(real or places, key=lambda m: (m.kind == "name", abs(m.char_start - trigger_at), -m.char_start))
    return _location(mention, ctx)


def _location(mention: Mention, ctx: Context) -> dict:
    coords = mention.coords
    if coords is None and ctx.gazetteer is not None and mention.kind in ("capital", "metonym"):
        found = ctx.gazetteer.choose(tuple(words(mention.text)), {mention.actor.primary}, city=True, strict=True)
        if found is not None:
            coords = (found.lat, found.lon)
    return {"name": mention.text, "country": mention.actor.primary,
            "lat": coords[0] if coords else None, "lon": coords[1] if coords else None}


def _dateline(doc: Doc, ctx: Context) -> dict | None:
    """The place of a wire dateline at the start of the body ("BEIRUT (Reuters) -")."""
    if ctx.gazetteer is None or not doc.sentences:
        return None
    match = _DATELINE.match(doc.sentences[0].text)
    if match is None:
        return None
    name = match.group(1).strip().title()
    country = None
    if match.group(2):
        m, entries = ctx.kb.match(list(words(match.group(2).strip())), 0)
        entry = ctx.kb.best(entries, None) if m else None
        country = ctx.kb.records[entry.record]["id"] if entry is not None else None
    place = ctx.gazetteer.choose(tuple(words(name)), {country} if country else set(), city=True)
    if place is None:
        return None
    return {"name": name, "country": place.country, "lat": place.lat, "lon": place.lon}
