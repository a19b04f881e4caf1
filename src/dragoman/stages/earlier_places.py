"""Where an event is, when neither its sentence nor the one before names a place.

Two fallbacks of the places stage, tried in order for an event still unplaced:

- **a side's place**: a generic actor that took its state from a place ("residents of X",
  "police in X") carries that place in its id (``PLACE:X``); an act of that actor in a later
  sentence happened there: "Traders in Tamale blocked a road. Two people were hurt. Police
  arrested three of the traders." (the arrest is in Tamale);
- **an earlier sentence's place**: the most specific place of the nearest earlier sentence
  (up to ``_LOOK_BACK`` sentences back, the one before is the places stage's own) that names
  one in the state of a side of the event: a note that names its town once and tells
  the rest in short sentences.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Doc, Event, Mention, Sentence

__all__ = ["earlier_place", "side_place"]

_LOOK_BACK = 4


def side_place(doc: Doc, event: Event, location: Callable[[Mention], dict]) -> dict | None:
    """The place a side of the event took its state from, named in its sentence or an earlier one."""
    ids = [side.id for side in (event.source, event.target) if side.id.startswith("PLACE:")]
    if not ids:
        return None
    for sentence in reversed(doc.sentences[: event.sentence + 1]):
        for m in sentence.mentions:
            if m.kind == "place" and m.actor is not None and m.actor.id in ids and m.coords:
                return location(m)
    return None


def earlier_place(doc: Doc, event: Event, last_place: Callable[[Sentence], dict | None]) -> dict | None:
    """The most specific place of the nearest earlier sentence that names one of a side's state."""
    states = {event.source.primary, event.target.primary}
    first = max(0, event.sentence - _LOOK_BACK)
    for sentence in reversed(doc.sentences[first: max(0, event.sentence - 1)]):
        place = last_place(sentence)
        if place is not None:
            return place if place["country"] in states else None
    return None
