"""Protesters a crackdown hits were protesting: "Police fired tear gas at protesters in Lome",
"Riot police dispersed a sit-in by nurses outside the ministry". The report names the protest only
through the police's act on it, but a coder reading it codes both: the crowd's demonstration (141)
against its own state and the repression (175)."""

from __future__ import annotations

import dataclasses

from ..model import ActorRef, Event
from .people_nouns import unarmed_role

# words that name a crowd by its protesting, as the target of a crackdown
_PROTESTERS = frozenset({"protesters", "protestors", "demonstrators", "marchers", "picketers"})
# "a sit-in by teachers", "a rally of students": the crowd named by its gathering
_GATHERINGS = ("sit-in by", "sit-in of", "protest by", "protest of", "rally by", "rally of",
               "demonstration by", "demonstration of", "march by", "march of", "vigil by")
# a protest as the occasion of arrests: "detained 40 people during a protest against the draft"
_OCCASIONS = tuple(f"{p} {d} {n}" for p in ("during", "at") for d in ("a", "the")
                   for n in ("protest", "demonstration", "rally", "march", "sit-in")) \
    + tuple(f"during {n}" for n in ("protests", "demonstrations", "rallies", "marches"))


def _protesting(event: Event) -> bool:
    role = event.target.code[3:]
    # people who protest rather than fight (.people_nouns), or a crowd of the state named by no role
    # ("a sit-in by nurses" resolved to the state alone)
    if not unarmed_role(role) and role:
        return False
    if event.code.startswith("173"):
        # an arrest told as the act, its prisoners after it ("students arrested during rallies
        # said ..." is background), of protesters or naming the protest as its occasion
        text = str(event.evidence.get("text", ""))
        return bool(role) and 0 <= event.trigger_at < text.find(event.target.mention) and (
            bool(set(event.target.mention.lower().split()) & _PROTESTERS)
            or any(o in str(event.evidence.get("text", "")).lower() for o in _OCCASIONS))
    if role and set(event.target.mention.lower().split()) & _PROTESTERS:
        return True
    text = str(event.evidence.get("text", "")).lower()
    return any(f"{g} " in text for g in _GATHERINGS)


def repressed_protests(events: list[Event], codebook) -> list[Event]:
    """Add the protest (141, the crowd against its own state) that a crackdown on protesters
    (175, police or troops of the same state) implies, where no protest of that state is coded
    in the sentence already."""
    entry = codebook.get("141")
    if entry is None:
        return events
    coded = {(e.sentence, e.source.primary) for e in events if e.root == "14"}
    out = list(events)
    for e in events:
        state = e.target.primary
        if not e.code.startswith(("175", "173")) or e.source.primary != state or len(state) != 3 \
                or (e.sentence, state) in coded \
                or not e.asserted or not _protesting(e):
            continue
        coded.add((e.sentence, state))
        out.append(dataclasses.replace(
            e, id=e.id[:12] + "p141", source=e.target, target=ActorRef(state, state, state, state, "unnamed"),
            **entry.event_fields(), rule=e.rule + "+protesting"))
    return out


_FIRING = frozenset({"193/open-fire", "193/fire-on"})


def fired_on_own_people(events: list[Event], codebook) -> list[Event]:
    """Police or troops firing on unarmed people of their own state ("police opened fire on coca growers",
    "soldiers fired on opposition supporters"): violent repression (175), not a battle (193), as a
    crackdown on protesters is; firing on people of another state, or on an armed side, stays 193."""
    entry = codebook.get("175")
    if entry is None:
        return events
    out = []
    for e in events:
        state = e.source.primary
        if e.rule.split("+")[0] in _FIRING and e.code.startswith("19") and e.source.code[3:] in ("COP", "MIL") \
                and e.source.code[:3] == state and e.target.primary == state and unarmed_role(e.target.code[3:]):
            e = dataclasses.replace(e, code=entry.code, root=entry.root, label=entry.label, quad_class=entry.quad,
                                    goldstein=entry.goldstein, plover=entry.plover, rule=e.rule + "+repression")
        out.append(e)
    return out


def violent_repression(events: list[Event], codebook) -> list[Event]:
    """Police force on the people of their own state in the sentence of a protest, or the one after it
    ("Students protested at the university. Police responded with violence, killing four"): violent
    repression of the protest (175), not a battle (19x). The victims go unnamed (the act is on the
    police's own ground); the protest is coded as one by the people of the same state."""
    entry = codebook.get("175")
    protests = {(e.sentence, e.source.primary) for e in events if e.root == "14"}
    if entry is None or not protests:
        return events
    out = []
    for e in events:
        state = e.source.primary
        if e.root == "19" and e.source.code == state + "COP" and e.target.primary == state \
                and e.target.code == state and e.rule.endswith("+ground") \
                and ((e.sentence, state) in protests or (e.sentence - 1, state) in protests):
            e = dataclasses.replace(e, **entry.event_fields(), rule=e.rule + "+repression")
        out.append(e)
    return out
