"""Strikes from afar by a state on a place: "an Israeli drone struck a car in Tulkarm", "Saudi-led
coalition airstrikes hit a wedding near Hajjah", "Malian army aircraft bombed a village near Kidal".
The object is a thing or an unnamed crowd, so the act has no actor as target; a monitor codes it
against the state of the place struck, as it codes an armed group's raid on its own ground."""

from __future__ import annotations

from ..model import Mention, Sentence
from .conflict import scene

# weapons that strike from afar: the doer's arm, named before a generic verb ("an Israeli drone struck")
_WEAPONS = frozenset({"drone", "drones", "airstrike", "airstrikes", "air", "aircraft", "jets", "jet", "warplane",
                      "warplanes", "helicopter", "helicopters", "gunship", "gunships", "artillery", "missile",
                      "missiles", "rocket", "rockets", "shell", "shells", "mortar", "mortars", "uav", "uavs"})
_GAP = 4  # words between the doer and the act: "a Russian FPV drone", "Saudi-led coalition airstrikes"
_STATE_ROLES = frozenset({"", "MIL", "GOV"})


def struck_ground(code: str, doers: list[Mention], sentence: Sentence, start: int, end: int) -> Mention | None:
    """The place a state's artillery, aircraft or drones struck, when the act names no actor as
    its target: the state's forces (or the state named by its adjective) stand right before the
    act or its weapon, and a gazetteer place after the act says where it fell; with no place named, a
    proper name the gazetteer lacks as its object is on the doers' own ground."""
    if code[:2] != "19" or not doers or start == 0:
        return None
    lower = [t.lower for t in sentence.tokens]
    last = max(m.end for m in doers)
    if last > start or start - last > _GAP or any(not w[0].isalnum() and w != "-" for w in lower[last:start]):
        return None
    if code[:3] not in ("194", "195") and not _WEAPONS & set(lower[last:start + 1]):
        return None
    if not all(m.actor is not None and m.actor.type == "state" and (m.actor.role or "") in _STATE_ROLES
               and m.kind != "place" for m in doers):
        return None
    where = scene(sentence, [], start)
    if where is not None and where.kind == "place" and where.start > start:
        return where
    return _unknown_object(sentence, doers, end) if where is None else None


def _unknown_object(sentence: Sentence, doers: list[Mention], end: int) -> Mention | None:
    """"Tunisian aircraft bombed Jebel Ouergha": the object is a proper name the gazetteer lacks (no
    mention there) and the sentence names no other state, so the strike fell on the doers' own ground
    (the name, standing for a place of the doers' state)."""
    toks = sentence.tokens
    k = end + (end < len(toks) and toks[end].lower == "the")
    if k >= len(toks) or not toks[k].text[:1].isupper() or any(m.start <= k < m.end for m in sentence.mentions):
        return None
    home = doers[0].actor
    if any(m.actor is not None and m.actor.primary != home.primary for m in sentence.mentions):
        return None
    stop = k + 1
    while stop < len(toks) and toks[stop].text[:1].isupper():
        stop += 1
    return Mention(k, stop, " ".join(t.text for t in toks[k:stop]), home, "description")
