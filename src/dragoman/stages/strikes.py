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


def struck_ground(code: str, doers: list[Mention], sentence: Sentence, start: int) -> Mention | None:
    """The place a state's artillery, aircraft or drones struck, when the act names no actor as
    its target: the state's forces (or the state named by its adjective) stand right before the
    act or its weapon, and a gazetteer place after the act says where it fell."""
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
    return where if where is not None and where.kind == "place" and where.start > start else None
