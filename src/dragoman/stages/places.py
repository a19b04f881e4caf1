"""Stage ``places``: where an event happened — a place named with it, else the dateline, else none.

A place is a mention governed by a place preposition ("in Kabul", "near Moscow",
"at the White House") or a gazetteer place. The event takes the one in its
sentence nearest its trigger, preferring real places to venues named after a
body ("at the SCO summit in Astana" is in Astana); its country is the place's
own, never the actors' (an Israeli strike in Lebanon is located in LBN). With no
place in the sentence, a wire dateline ("KABUL, July 4 (Reuters) -") locates it.
Coordinates come from the gazetteer (``data/places``); a place it lacks has null
``lat`` and ``lon``. The event takes the *most specific* place its sentence names —
a town or village before a district, a district before a province, a province before
the capital or the country — and, when its sentence names none (or only the country),
the most specific place of the sentence before. The location gives the place's
``kind`` (town, city, admin2, admin1, region, state, capital, country, venue) and the
first-level division (``admin1``) it lies in.
"""

from __future__ import annotations

import re

from ..model import Doc, Mention, Sentence
from ..pipeline import Context, stage
from ..text import words
from .earlier_places import earlier_place, side_place
from .seated import named_as_seat

__all__ = ["candidates", "dateline", "locate_events", "location_of"]

_DATELINE = re.compile(r"^\s*([A-Z][A-Z'.\- ]{2,40}?)(?:,\s*([A-Z][A-Za-z .]{2,30}?))?"
                       r"(?:,?\s+[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?\s*(?:\([^)]{2,30}\))?\s*[-–—]{1,2}\s")
_VENUE_TYPES = ("igo", "ngo")


@stage("places")
def locate_events(doc: Doc, ctx: Context) -> Doc:
    by_index = {s.index: s for s in doc.sentences}
    dateline = _dateline(doc, ctx)
    placed: dict[int, dict | None] = {}  # a sentence's most specific place, for the later ones
    def last_place(s: Sentence) -> dict | None:
        if s.index not in placed:
            placed[s.index] = _last_place(s, ctx)
        return placed[s.index]
    for event in doc.events:
        sentence = by_index.get(event.sentence)
        place, seat = _place_in(sentence, event, ctx) if sentence is not None else (None, False)
        if place is None or seat or _SPECIFIC[place["kind"]] >= _SPECIFIC["country"]:
            before = _last_place(by_index.get(event.sentence - 1), ctx)
            if before is not None and (place is None or before["country"] == place["country"]):
                place = before  # "... in Kisumu district. Police arrested ...": the place before
            elif place is None and before is None:  # "A grenade hit a patrol. It passed a market in X.":
                after = _last_place(by_index.get(event.sentence + 1), ctx)  # the place the next names
                place = after if after is not None and after["country"] == event.source.primary else None
        if place is None and sentence is not None:
            place = _city_named_with(sentence, event, ctx) or _seat_of_state(sentence, event, ctx)
        if place is None and sentence is not None:
            place = side_place(doc, event, lambda m: _location(m, ctx)) \
                or earlier_place(doc, event, last_place)
        event.location = place or dateline
    return doc


_SPECIFIC = {"town": 0, "city": 0, "admin2": 1, "admin1": 2, "region": 2, "state": 2, "capital": 3,
             "country": 4, "venue": 5}


def _candidates(sentence: Sentence | None) -> list[Mention]:
    if sentence is None:
        return []
    return [m for m in sentence.mentions if m.actor is not None and m.kind != "pronoun"
            and (m.locative or m.kind == "place")]


def _place_in(sentence: Sentence, event, ctx: Context) -> tuple[dict | None, bool]:
    """The event's place in its sentence, and whether it is only a capital named as a seat (a court
    sitting there, :mod:`.seated`), a town naming a unit ("the 12th Kano brigade") or the place of an
    act the event answers ("in response to an attack in Y"): such a place
    comes after every other place, and the place of the sentence before wins over it."""
    places = _candidates(sentence)
    if not places:
        return None, False
    # a seat stays the place when the act is at the body that sits there: "outside the Supreme Court in Nairobi"
    seats = [m for m in places if named_as_seat(sentence, m) and not any(v.end == m.start - 1 for v in places)
             or _names_a_unit(sentence, m) or _place_of_earlier_act(sentence, m)]
    real = [m for m in places if m.actor.type not in _VENUE_TYPES]
    trigger_at = event.trigger_at if event.trigger_at >= 0 else sentence.text.find(event.trigger)
    located = [(_location(m, ctx), m) for m in real or places]
    best = min(located, key=lambda lm: (lm[1] in seats,
                                        lm[1].kind == "place" and lm[1].coords is None,  # "X LGA": no coordinates
                                        _SPECIFIC[lm[0]["kind"]], lm[1].kind == "name",
                                        abs(lm[1].char_start - trigger_at), -lm[1].char_start))
    return best[0], best[1] in seats


_UNITS = frozenset({"brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "militia",
                    "militias", "militiamen"})


def _names_a_unit(sentence: Sentence, m: Mention) -> bool:
    """A town named as the home of an armed unit ("the 309 Tobruk brigade", "Zintan militias"): it says
    where the unit comes from, not where it acts."""
    return m.kind == "place" and m.end < len(sentence.tokens) and sentence.tokens[m.end].lower in _UNITS


_EARLIER_ACTS = frozenset({"attack", "attacks", "raid", "raids", "ambush", "bombing", "bombings", "killing",
                          "killings", "massacre", "abduction", "kidnapping"})
_ANSWERING = frozenset({("response", "to"), ("retaliation", "for"), ("retaliation", "to"), ("reprisal", "for"),
                        ("revenge", "for")})


def _place_of_earlier_act(sentence: Sentence, m: Mention) -> bool:
    """The place of the act an event answers: "jets struck X in response to an attack in Y" (Y is
    where the attack was; ranked after the other places, as a seat)."""
    toks = sentence.tokens
    i = m.start
    if i < 4 or toks[i - 1].lower != "in" or toks[i - 2].lower not in _EARLIER_ACTS:
        return False
    return any((toks[k].lower, toks[k + 1].lower) in _ANSWERING for k in range(max(0, i - 7), i - 3))


def _city_named_with(sentence: Sentence, event, ctx: Context) -> dict | None:
    """A city the sentence names without a place word, in the state of one of the event's sides:
    "Accra residents protested", "staff of the Ministry of Finance, Abuja, walked out". Not a
    capital in an act between two states: there a capital named with no place word is a side
    ("Moscow accused Kyiv", "held talks, after which Tehran promised ..."), unless a visit names
    it ("Visiting Tokyo, Albanese held talks"); in an act within one
    state the capital named is where it happened ("clashed in a suburb of Nairobi")."""
    if ctx.gazetteer is None:
        return None
    sides = {event.source.primary, event.target.primary}
    for m in sentence.mentions:
        if m.actor is None or m.actor.primary not in sides or m.kind not in ("capital", "role"):
            continue
        if m.kind == "capital" and event.source.primary != event.target.primary \
                and not _visited_place(sentence, m):
            continue
        toks = tuple(words(m.text))
        for n in range(len(toks) - 1 if m.kind == "role" else len(toks), 0, -1):
            found = ctx.gazetteer.choose(toks[:n], {m.actor.primary}, city=True, strict=True)
            if found is not None and found.tier == "f" and found.kind in ("city", "town"):
                return {"name": " ".join(toks[:n]), "country": found.country, "lat": found.lat,
                        "lon": found.lon, "admin1": found.admin or None, "kind": "city"}
    return None


_VISITING = frozenset({"visiting", "visited", "visit", "visits", "touring", "toured", "tour"})


def _visited_place(sentence: Sentence, m: Mention) -> bool:
    """"Visiting Tokyo, Albanese held talks with Ishiba": the capital a visit names is a place."""
    return m.start > 0 and sentence.tokens[m.start - 1].text.lower() in _VISITING


_SEATS = frozenset({("parliament",), ("presidency",), ("presidential", "palace"), ("state", "house"),
                   ("national", "assembly"), ("ministry", "of"), ("prime", "minister's", "office")})


def _seat_of_state(sentence: Sentence, event, ctx: Context) -> dict | None:
    """The capital, for an act within one state at a seat of its government that the sentence names
    with no place: "nurses rallied outside the Ministry of Health" or "the Health Ministry", "a
    sit-in in front of Parliament" (a state's parliament and ministries sit in its capital)."""
    state = event.source.primary
    record = ctx.kb.records.get(state) if ctx.gazetteer is not None else None
    if record is None or record.get("type") != "state" or event.target.primary != state \
            or not record.get("capital"):
        return None
    toks = sentence.tokens
    at = [i for i, t in enumerate(toks) if t.text[:1].isupper()
          and (any(tuple(x.lower for x in toks[i:i + len(seat)]) == seat for seat in _SEATS)
               or t.text.isalpha() and i + 1 < len(toks) and toks[i + 1].text == "Ministry")]
    if not at:
        return None
    found = ctx.gazetteer.choose(tuple(words(record["capital"])), {state}, city=True, strict=True)
    if found is None:
        return None
    return {"name": record["capital"], "country": state, "lat": found.lat, "lon": found.lon,
            "admin1": found.admin or None, "kind": "capital"}


def _last_place(sentence: Sentence | None, ctx: Context) -> dict | None:
    """The most specific real place a sentence names (the last of them on a tie)."""
    located = [_location(m, ctx) for m in _candidates(sentence) if m.actor.type not in _VENUE_TYPES]
    located = [loc for loc in located if _SPECIFIC[loc["kind"]] < _SPECIFIC["country"]]
    return min(reversed(located), key=lambda loc: _SPECIFIC[loc["kind"]]) if located else None


def _location(mention: Mention, ctx: Context) -> dict:
    coords, admin1, kind = mention.coords, None, _KINDS.get(mention.kind, "venue")
    if mention.actor.type in _VENUE_TYPES:
        kind = "venue"
    if ctx.gazetteer is not None and mention.kind == "place":
        key = tuple(t.replace("’", "'") for t in words(mention.text))
        same = [p for p in ctx.gazetteer.lookup(key) + ctx.gazetteer.loosely(list(key), 0)[1]
                if (p.lat, p.lon) == coords and p.name == mention.actor.name] \
            or [p for p in ctx.gazetteer.spelled(list(key), 0)[1] + ctx.gazetteer.folded(list(key), 0)[1]
                if (p.lat, p.lon) == coords and p.name == mention.actor.name]
        if same:
            admin1, kind = same[0].admin or None, same[0].kind
    elif ctx.gazetteer is not None and mention.kind in ("capital", "metonym"):
        found = ctx.gazetteer.choose(tuple(words(mention.text)), {mention.actor.primary}, city=True, strict=True) \
            or _capital_of(mention.actor.primary, ctx)  # "Tshwane": the seat's other name, not in the gazetteer
        if found is not None:
            coords = coords or (found.lat, found.lon)
            admin1 = found.admin or None
    return {"name": mention.text, "country": mention.actor.primary,
            "lat": coords[0] if coords else None, "lon": coords[1] if coords else None,
            "admin1": admin1, "kind": kind}


def _capital_of(state: str, ctx: Context):
    """The gazetteer's place of a state's recorded capital, for a capital named otherwise."""
    record = ctx.kb.records.get(state)
    capital = record.get("capital") if record is not None else None
    return ctx.gazetteer.choose(tuple(words(capital)), {state}, city=True, strict=True) if capital else None


_KINDS = {"place": "town", "capital": "capital", "metonym": "capital", "name": "country",
          "demonym": "country", "role": "venue", "description": "venue"}


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
    return {"name": name, "country": place.country, "lat": place.lat, "lon": place.lon,
            "admin1": place.admin or None, "kind": place.kind}


def dateline(doc: Doc, ctx: Context) -> dict | None:
    """The location record of the document's wire dateline ("KYIV (Reuters) -"), or None."""
    return _dateline(doc, ctx)


def candidates(sentence: Sentence | None) -> list[Mention]:
    """The mentions of a sentence that may be an event's place."""
    return _candidates(sentence)


def location_of(mention: Mention, ctx: Context) -> dict:
    """The location record of a place mention (name, country, coordinates, admin1, kind)."""
    return _location(mention, ctx)
