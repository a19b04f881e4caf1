"""Stage ``places``: where an event happened — a place named with it, else none.

A place is a mention governed by a place preposition ("in Kabul", "near
Moscow", "at the White House"). The event takes the one in its sentence
nearest its trigger; its country is the place's own, never the actors'
(an Israeli strike in Lebanon is located in LBN). Coordinates come with the
gazetteer (``data/places``); a place it lacks has null ``lat`` and ``lon``.
"""

from __future__ import annotations

from ..model import Doc
from ..pipeline import Context, stage

__all__ = ["locate_events"]


@stage("places")
def locate_events(doc: Doc, ctx: Context) -> Doc:
    by_index = {s.index: s for s in doc.sentences}
    for event in doc.events:
        sentence = by_index.get(event.sentence)
        if sentence is None:
            continue
        places = [m for m in sentence.mentions if m.locative and m.actor is not None]
        if not places:
            continue
        trigger_at = sentence.text.find(event.trigger)
        mention = min(places, key=lambda m: abs(m.char_start - trigger_at))
        found = ctx.gazetteer.find(mention.actor.name if mention.kind == "place" else mention.text) \
            if ctx.gazetteer else None
        event.location = {"name": mention.text, "country": mention.actor.primary,
                          "lat": found.lat if found else None, "lon": found.lon if found else None}
    return doc
