"""Fire set in the course of an attack is no riot.

"Settlers attacked Palestinian villagers, setting fire to three cars", "herders attacked farmers,
burning homes": the burning is what the attackers did to their victims' property, a part of the
attack and not a violent protest (145) of the attackers against their own state. It is coded as
the destruction of property (171) aimed at the attack's target, as :func:`.event_codes.by_civilians`
codes property burnt by gunmen. A crowd whose clash or attack is itself a riot keeps its 145.
"""

from __future__ import annotations

import dataclasses

from ..knowledge.codebook import VIOLENT_ROOTS
from ..model import Event

__all__ = ["arson_in_attack"]


def arson_in_attack(events: list[Event], codebook) -> list[Event]:
    """The sentence's events, each violent protest (145) of a rule of riots (burning, looting; not a
    clash or assault recoded as a riot) that follows a violent act (18-20) of the same doers (the
    same actor and agent code, not only the same state) made
    property destruction (171) against that act's target."""
    entry = codebook.get("171")
    if entry is None or not any(_riot_rule(e) for e in events):
        return events
    out = []
    for e in events:
        attack = next((v for v in events if v.root in VIOLENT_ROOTS and _same_doers(v, e)
                       and v.trigger_at < e.trigger_at), None) if _riot_rule(e) else None
        if attack is None:
            out.append(e)
            continue
        out.append(dataclasses.replace(
            e, target=attack.target, **entry.event_fields(), rule=e.rule + "+in-attack"))
    return out


def _same_doers(attack: Event, riot: Event) -> bool:
    """The same actor, not only the same state: in "26 people were killed when protesters set fire
    to offices" the killing's doer is not the crowd, and the crowd's burning stays a riot."""
    return attack.source.primary == riot.source.primary and attack.source.id == riot.source.id \
        and attack.source.code == riot.source.code


def _riot_rule(e: Event) -> bool:
    """A riot rule's own violent protest, still coded 145 (a fire set by a drone strike is the strike)."""
    return e.rule.startswith("145/") and e.code.startswith("145")
