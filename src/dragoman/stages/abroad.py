"""Protests addressed to another state (issue 11, part 4; issue 12).

A protest with no authority named is aimed at the protesters' own state ("farmers blocked the
motorway": FRA -> FRA). When the sentence says what the protest is against and that is another
state's act or the state itself ("marched in Jakarta against Israel's campaign in Gaza",
"rallied in Karachi to denounce the burning of a Koran in Sweden", "gathered outside the
French embassy"), that state is the authority addressed: the protest is coded against it, not
against the protesters' own state.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import ActorRef, Doc, Event, Mention, Sentence

__all__ = ["protests_abroad", "stationed_abroad"]

_AGAINST = frozenset({"against", "denounce", "denouncing", "condemn", "condemning", "protest", "protesting",
                      "decry", "decrying", "oppose", "opposing", "over"})
_EMBASSY = frozenset({"embassy", "embassies", "consulate", "consulates", "mission"})
_REACH = 8  # tokens from the cue word to the state it names
_STOP = frozenset({";", ":", "(", ")", "but", "while", "as", "after", "before", "when"})


def protests_abroad(doc: Doc, events: list[Event]) -> list[Event]:
    """The events, with a protest coded against its own state moved to the foreign state the
    sentence names as what it is against (dropped where that event is there already)."""
    have = {(e.sentence, e.source.primary, e.target.primary, e.code) for e in events}
    out = []
    for e in events:
        if e.root == "14" and e.source.primary == e.target.primary and e.sentence < len(doc.sentences):
            other = _addressed(doc.sentences[e.sentence], e)
            if other is not None:
                key = (e.sentence, e.source.primary, other.actor.primary, e.code)
                if key in have:
                    continue
                have.add(key)
                e = replace(e, target=ActorRef.of(other))
        out.append(e)
    return out


def _addressed(sentence: Sentence, event: Event) -> Mention | None:
    toks = sentence.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= event.trigger_at), None)
    if at is None or event.trigger_at < 0:
        return None
    home = event.source.primary
    foreign = [m for m in sentence.mentions if m.actor is not None and m.actor.type == "state"
               and m.actor.primary != home and m.kind in ("name", "demonym", "role", "capital") and not m.locative
               and m.start > at]
    cue = None
    for k in range(at, len(toks)):
        word = toks[k].lower
        if word in _STOP or word == "." or (word == "," and cue is None and k > at + 1):
            break
        if word in _AGAINST and cue is None:
            cue = k
        for m in foreign:
            if m.end < len(toks) and toks[m.end].lower in _EMBASSY and m.start == k:
                return m  # "outside the French embassy"
            if cue is not None and m.start == k and k - cue <= _REACH:
                return m
    return None


_SIDES = frozenset({"the", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                    "occupied"})


def stationed_abroad(sentence: Sentence, sources: list[Mention]) -> Mention | None:
    """"Turkish authorities in northern Syria banned protests": a doer named with the foreign place
    where it acts ("X in <place of another state>"); a domestic act with no target named is done
    there, to that state, not to the doer's own state."""
    named = [m for m in sources if m.actor is not None]
    if len(named) != 1:
        return None
    source, toks = named[0], sentence.tokens
    k = source.end
    if k >= len(toks) or toks[k].lower != "in":
        return None
    k += 1
    while k < len(toks) and toks[k].lower in _SIDES:
        k += 1
    place = next((m for m in sentence.mentions if m.start == k and m.actor is not None), None)
    if place is None or place.kind not in ("place", "capital", "name"):
        return None
    return place if place.actor.primary != source.actor.primary else None
