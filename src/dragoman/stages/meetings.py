"""Meetings the text implies without a meeting verb, coded both ways.

The annotators code a meeting in both directions (the guest's 042 and the host's 043 for
a visit, 044 each way in a third country). Two constructions state a meeting without
a verb of meeting:

- a hosted visit names only the host's act ("Ghana's president hosted his Togolese
  counterpart", "the king received the Turkish president in Amman"); the guest came, so
  the guest's visit (042) is coded too. The reverse, a host for every guest's visit, is
  not: "flew to Lima and pledged aid to Peru" does not show the host acting;
- two sides sign a text together at a named place ("the Portuguese and Cape Verdean
  prime ministers signed an accord in Lisbon", "Chile and Peru signed a fisheries pact in
  Lima"): they met there, a visit when the place is in one side's country, a meeting
  (044) elsewhere.

Only events the text does not already give are added; the choice between 04x subcodes
follows the place as in stages/visits.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..model import Doc, Event

__all__ = ["implied_meetings", "without_visits_home"]

_PRESENCE = ("042/attend-", "042/speak-at-")
_HOST = "043"
_GUEST = "042"
_SIGNED = "057"
_TOWNS = ("capital", "city", "town", "village")
_TITLES = re.compile(r"\b(?:president|prime minister|premier|king|queen|leader|chancellor|minister|emperor|prince"
                     r"|emir|sheikh|pope|envoy|delegation|secretary|counterpart)s?\b", re.I)
_DETERMINER = re.compile(r"\s*(?:(?:his|her|their|its|the|a|an)\s+)?")
# "was received by", "were hosted on Monday by": the passive of a hosting verb, its agent after it
_BY_HOST = re.compile(r"\w+\s+(?:[\w'’-]+\s+){0,4}?by\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been)\s+$", re.I)
_SIGNING = re.compile(r"\bsign(?:s|ed|ing)?\b", re.I)
# "welcomed X (back) to the Arab League summit": X came to a gathering of many, not on a visit to the host
_GATHERING = re.compile(r"\s*(?:back\s+)?(?:to|for)\s+(?:the|a|an|this|its)\s+(?:[\w'’-]+\s+){0,5}?"
                        r"(?:summit|conference|forum|congress|assembly|games|olympics|cup|meeting of)\b", re.I)


def implied_meetings(doc: Doc, events: list[Event], recode: Callable[[Event, str, str], Event]) -> list[Event]:
    """The meetings implied by ``events`` that are not among them yet (``recode(event, code, mark)``)."""
    out: list[Event] = []
    met = {(e.sentence, e.source.primary, e.target.primary) for e in events if e.root == "04"}
    for event in events:
        for new in _guest(doc, event, recode) + _signed_at(doc, event, events, recode):
            key = (new.sentence, new.source.primary, new.target.primary)
            if key not in met:
                met.add(key)
                out.append(new)
    return out


def without_visits_home(events: list[Event]) -> list[Event]:
    """A presence at a ceremony or a speech at a memorial is a visit only abroad: "Blinken attended
    a ceremony in Washington" is no event (rules ``042/attend-*`` and ``042/speak-at-*``), and a
    speech to an international body ("to the UN General Assembly") is no visit to a state."""
    return [e for e in events if not (e.rule.startswith(_PRESENCE) and (
        e.source.primary == e.target.primary or e.target.code.startswith("IGO")))]


def _guest(doc: Doc, event: Event, recode: Callable[[Event, str, str], Event]) -> list[Event]:
    """"A hosted/received B": B visited A (B 042 A), when B is a person, a leader or a delegation
    named as the verb's object ("received a deposit from B", "talks hosted by A" are not)."""
    if event.code != _HOST or not event.asserted or event.source.primary == event.target.primary:
        return []
    if (event.location or {}).get("country") == event.target.primary:
        return []
    text = doc.sentences[event.sentence].text
    if not (_object_guest(text, event) or _passive_guest(text, event)):
        return []
    guest = dataclasses.replace(event, source=event.target, target=event.source, id=event.id + "g")
    return [recode(guest, _GUEST, "+hosted")]


def _signed_at(doc: Doc, event: Event, events: list[Event],
               recode: Callable[[Event, str, str], Event]) -> list[Event]:
    """"A and B signed X in <place>": each side met the other there (only from the A→B event
    of the pair, both events of the joint signing being coded)."""
    a, b = event.source.primary, event.target.primary
    if event.code != _SIGNED or not event.asserted or a == b or a > b:
        return []
    if not any(e.code == _SIGNED and e.sentence == event.sentence and e.source.primary == b
               and e.target.primary == a and e.asserted for e in events):
        return []
    if not (_leader(event.source) and _leader(event.target)):
        return []
    place = event.location or {}
    text = doc.sentences[event.sentence].text
    if place.get("kind") not in _TOWNS or not _named_after(text, place.get("name", ""), event.trigger_at):
        return []
    country = place["country"]
    reverse = dataclasses.replace(event, source=event.target, target=event.source, id=event.id + "r")
    if country == a:
        return [recode(event, _HOST, "+signed"), recode(reverse, _GUEST, "+signed")]
    if country == b:
        return [recode(event, _GUEST, "+signed"), recode(reverse, _HOST, "+signed")]
    return []  # a signing in a third country may be done apart ("signed deals in Istanbul")


def _object_guest(text: str, event: Event) -> bool:
    """The guest is the verb's object: a person or a title, right after the verb."""
    mention = event.target.mention
    if not (event.target.id.startswith("PER.") or _TITLES.search(mention)):
        return False
    verb = re.match(r"\w+", text[event.trigger_at:]) if event.trigger_at >= 0 else None
    if verb is None:
        return False
    rest = text[event.trigger_at + verb.end():]
    at = _DETERMINER.match(rest).end()
    found = rest.find(mention, at)
    if not 0 <= found <= at + 40:  # "his Togolese counterpart Faure Gnassingbe"
        return False
    return not _GATHERING.match(rest, found + len(mention))


def _passive_guest(text: str, event: Event) -> bool:
    """The guest is the passive verb's subject, a person or a title right before "was/were
    received/hosted by" ("the French foreign minister was received by the king in Rabat")."""
    mention = event.target.mention
    if event.trigger_at < 0 or not (event.target.id.startswith("PER.") or _TITLES.search(mention)):
        return False
    if not _BY_HOST.match(text, event.trigger_at):
        return False
    before = _PASSIVE_BEFORE.search(text[:event.trigger_at])
    return before is not None and text[:before.start()].rstrip().endswith(mention)


def _leader(ref) -> bool:
    """A person or a title names who signed; a state's name alone may sign through envoys."""
    return ref.id.startswith("PER.") or _TITLES.search(ref.mention) is not None


def _named_after(text: str, name: str, at: int) -> bool:
    """The place is named as where the signing happened: "signed ... in/at <place>", after the
    verb, not only in a dateline."""
    if not name or at < 0 or not _SIGNING.match(text, at):
        return False
    return re.search(r"\b(?:in|at)\s+(?:the\s+)?" + re.escape(name) + r"\b", text[at:]) is not None
