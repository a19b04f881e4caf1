"""A trigger's code when a state does it: a state that bans or bars another state's officials,
carriers, ships or goods imposes a sanction (163), not the administrative restrictions it imposes
at home (172).

The codebook's 172 restricts political freedoms and movement at home (curfews, bans on parties and
rallies); its 163 is an embargo, boycott or sanctions, and a ban or travel ban aimed at a class of
another state's officials, carriers or goods is one ("slapped travel bans on Russian officials").
Barring one person ("barred the visiting minister from a rally") stays 172.

A state, its government or a ministry that "protested against/over" something complains officially
(114), as the codebook's 114 has it; a demonstration (141) is done by people, not by a state.
"""

from __future__ import annotations

from ..model import Mention
from .frames import Frame
from .people_nouns import igo_people_role

__all__ = ["by_state"]

# the rules whose 172 is a ban or a bar (not a curfew, an emergency or a dissolution)
_BANS = frozenset({"172/ban", "172/bar", "172/ban-infinitive"})
# the rule whose 141 is the plain verb "protested against/over" (a state's formal protest when a state does it)
_PROTESTED = frozenset({"141/protest-against"})


def _official(mention: Mention) -> bool:
    """The state itself, its government or a ministry: named, a capital or a pronoun for one, not
    people of the state ("Kenyan youths", "students") nor a group."""
    actor = mention.actor
    if actor is None or actor.type not in ("state", "igo"):
        return False
    if mention.kind == "role" and mention.role in ("group", "body") and actor.role in (None, "CVL"):
        return False  # "protesters", "thousands of people": a crowd of the state
    if mention.kind == "role" and mention.role == "group" and mention.resolved_from is not None:
        return False  # "lawyers", "judges" placed by where they protest: people of the state (.protesting)
    return actor.role is None or actor.role in ("GOV", "LEG", "JUD") or (
        actor.type == "igo" and not igo_people_role(actor.role))


_PERSONS = frozenset({"him", "her", "he", "she"})


def _foreign_class(mention: Mention, frame: Frame) -> bool:
    """Another state's officials, carriers, ships or goods, not one person: barring a visiting
    minister from a rally restricts his movement (172)."""
    actor = mention.actor
    if actor is None or actor.type == "person" or mention.role in ("person", "title"):
        return False
    if mention.text.lower() in _PERSONS:
        return False
    return actor.primary not in {s.actor.primary for s in frame.sources if s.actor is not None}


def by_state(code: str, frame: Frame, rule_id: str) -> str:
    """``code`` adjusted for a state or IGO as the doer (see the module's docstring)."""
    if not frame.sources or not all(_official(m) for m in frame.sources):
        return code
    if code == "172" and rule_id in _BANS and frame.targets and all(_foreign_class(m, frame) for m in frame.targets):
        return "163"  # "the EU banned Belarusian carriers from its airspace"
    if code == "141" and rule_id in _PROTESTED:
        return "114"  # "Japan protested over the incursion": a formal complaint
    return code
