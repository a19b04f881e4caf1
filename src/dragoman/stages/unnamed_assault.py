"""Shooting, killing or raiding of people by an unnamed armed actor is an assault (180), not a battle.

"Six people were killed when assailants sprayed a bus with bullets", "a trader was shot dead in
Kano": the doer goes unnamed (:func:`.event_pairs.unnamed_pairs` gives an unidentified armed group
of the scene's state, or a suspected group), the victims are people, not troops, police or another
armed group. Monitors code it as violence against civilians, and the gold README as unconventional
violence (18x), as :func:`.event_codes.by_civilians` codes it when the gunmen are the sentence's
subject. A toll of a battle stays a battle (190): the sentence names fighting, armed forces or a
weapon of war ("five men were killed as fighters pushed forward", "rockets hit the barracks"), or
a battle (19x) between the same states stands in the report.
"""

from __future__ import annotations

import dataclasses

from ..model import Event

__all__ = ["unnamed_on_people"]

# a claimed or suspected group that carries a transnational name ("claimed by ISWAP")
_TRANSNATIONAL = frozenset({"ISIL", "AQ"})
# the acts: killing, shooting and raids (an attack, a strike or a bombing keeps its own code)
_SHOOTING = frozenset({"kill", "shoot", "open-fire", "fire-on", "raid"})
# victims who fight back or serve in arms: violence against them is battle (19x)
_ARMED_VICTIMS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF", "SEP"})
# a battle or a weapon of war the sentence names: its toll is battle whoever the victims were
_BATTLE_WORDS = frozenset({"fighting", "fight", "fights", "clash", "clashes", "clashed", "battle", "battles",
                           "skirmish", "skirmishes", "crossfire", "firefight", "gunfight", "gunbattle", "offensive",
                           "fighters", "troops", "soldiers", "forces", "exchange",
                           "shell", "shells", "shelling", "mortar", "mortars", "artillery", "rocket", "rockets",
                           "missile", "missiles", "drone", "drones", "airstrike", "airstrikes", "warplane",
                           "warplanes", "aircraft", "helicopter", "helicopters", "tank", "tanks"})


def _words(event: Event) -> set[str]:
    text = str(event.evidence.get("text", "")).lower()
    return set(text.replace(",", " ").replace(".", " ").replace(";", " ").split())


def _on_people(event: Event) -> bool:
    kind = event.rule.split("+")[0].split("/")[-1]
    return event.code in ("190", "193") and kind in _SHOOTING and "+unnamed" in event.rule and "+sub:" not in event.rule \
        and (event.source.code[3:] in ("UAF", "INS") and event.source.primary == event.target.primary
             or event.source.primary in _TRANSNATIONAL) \
        and event.target.code[3:] not in _ARMED_VICTIMS and _BATTLE_WORDS.isdisjoint(_words(event))


def unnamed_on_people(events: list[Event], codebook) -> list[Event]:
    """The events with an unnamed doer's shooting or killing of people recoded as 180 (see the module
    docstring); the others as they are."""
    entry = codebook.get("180")
    if entry is None or not any(_on_people(e) for e in events):
        return events
    out = []
    for e in events:
        if _on_people(e) and not any(
                o.code[:2] == "19" and o is not e and not _on_people(o)
                and (o.source.primary, o.target.primary) == (e.source.primary, e.target.primary) for o in events):
            e = dataclasses.replace(e, **entry.event_fields(), rule=e.rule + "+people")
        out.append(e)
    return out
