"""Visits that a sentence implies without a verb of travel.

Two cases, both following the codebook's reading of a visit (042 the guest to the host,
043 the host to the guest, 044 a meeting in a third country):

- Signing in person: "Italy's prime minister and her Albanian counterpart signed a deal in
  Rome", "Japan and the Philippines signed a defence pact in Manila". A signing by both
  sides at a named place in one side's country ("in Rome") brings them together there: that
  side hosted the other (043), the other came (042). A signing in a third country is left
  alone (the two may have signed apart, each with the host).
- Hosting: "Kenya's president hosted his Somali counterpart", "Xi received Lula in
  Beijing": the host's 043 says the guest came, so the guest's 042 is coded too.

Nothing is added when the sentence already codes a meeting of the pair.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..model import Event

__all__ = ["implied_visits"]

_SIGNING = ("057/sign-", "057/initial")  # rules of a signing, which the signers attend
_HOSTING = ("043/host", "043/receive")
_PLACE_REACH = 90  # characters after the trigger within which the signing's place is named
_GUESTS = ("president", "prime minister", "premier", "king", "queen", "leader", "chancellor", "minister",
           "emir", "prince", "sheikh", "pope", "envoy", "delegation", "secretary", "counterpart")


def implied_visits(events: list[Event], recode: Callable[[Event, str, str], Event]) -> list[Event]:
    """The visits and hostings implied by ``events`` (recoded by ``recode(event, code, mark)``)."""
    out: list[Event] = []
    met = {(e.sentence, e.source.primary, e.target.primary) for e in events if e.root == "04"}
    for e in events:
        if not e.asserted or e.modality != "actual" or e.source.primary == e.target.primary:
            continue
        if e.rule.startswith(_SIGNING):
            code, visit = _signing_code(e, events), e
        elif e.code == "043" and e.rule.startswith(_HOSTING) and "+" not in e.rule and _guest(e):
            code, visit = "042", dataclasses.replace(e, source=e.target, target=e.source)  # the guest came
        else:
            continue
        key = (visit.sentence, visit.source.primary, visit.target.primary)
        if code is not None and key not in met:
            out.append(recode(dataclasses.replace(visit, id=e.id + "v"), code, "+met"))
            met.add(key)
    return out


def _signing_code(event: Event, events: list[Event]) -> str | None:
    """042, 043 or 044 for one side of a joint signing at a named place, else None."""
    place = event.location or {}
    country, name = place.get("country"), place.get("name")
    if not country or not name:
        return None
    mutual = any(o.sentence == event.sentence and o.code == event.code and o.source.primary == event.target.primary
                 and o.target.primary == event.source.primary for o in events)
    if not mutual or name in (event.source.mention, event.target.mention) \
            or not (_named(event.source.mention) and _named(event.target.mention)) \
            or not (_person(event.source) and _person(event.target)):
        return None  # both must sign ("signed a deal in Barbados" makes no party of Barbados)
    after = event.evidence.get("text", "")[max(0, event.trigger_at):][:_PLACE_REACH]
    if not re.match(rf"[^,;]*?\b(?:in|at) (?:the )?{re.escape(name)}\b", after):
        return None  # the signing's own place ("signed a pact in Manila"), not one named elsewhere
    if country == event.target.primary:
        return "042"
    if country == event.source.primary:
        return "043"
    return None  # in a third country the two may have signed apart ("signed deals in Istanbul")


def _guest(event: Event) -> bool:
    """A host's guest is a person or a delegation ("hosted his Somali counterpart"), not talks or
    a deposit ("received a deposit from the UAE"), and the host is not a passive's ("hosted by")."""
    mention = event.target.mention.lower()
    if not (event.target.id.startswith("PER.") or any(re.search(rf"\b{w}\b", mention) for w in _GUESTS)):
        return False
    after = event.evidence.get("text", "")[max(0, event.trigger_at):]
    return not re.match(r"\S+\s+by\b", after)


def _named(mention: str) -> bool:
    """A signer the sentence names ("Japan", "Italy's prime minister"), not a role whose state was
    guessed from the scene ("the opposition")."""
    return any(w[:1].isupper() for w in mention.split())


def _person(ref) -> bool:
    return ref.id.startswith("PER.") or any(re.search(rf"\b{w}\b", ref.mention.lower()) for w in _GUESTS)
