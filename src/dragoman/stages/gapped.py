"""Donors listed with their sums after the verb is dropped (gapping).

"Ghana offered $5 million to Sudan, Senegal promised $3 million, and Kenya $2 million": Kenya has no
verb of its own; it repeats the act before it with its own sum. A state named right after a comma or
"and", followed at once by a sum ("$2 million", "2 million dollars", "another 500,000 euros") that
runs to a comma, "and" or the end of the sentence, takes the last pledge, offer or act of aid of the
sentence (roots 03, 06, 07) by another state, with its target, when that target is named in the
sentence.
"""

from __future__ import annotations

import dataclasses
import hashlib

from ..model import ActorRef, Event, Mention, Sentence

__all__ = ["gapped_donors", "sum_follows"]

_ROOTS = ("03", "06", "07")
_CURRENCY = frozenset({"$", "€", "£", "us$", "about", "some", "another", "nearly", "almost", "around", "over",
                       "a", "further"})
_UNITS = frozenset({"million", "billion", "trillion", "thousand", "m", "bn", "dollars", "euros", "pounds",
                    "yen", "francs", "riyals", "dirhams", "in", "of", "loans", "grants", "aid", "credit", "lines",
                    "and", "investment", "investments", "deposits"})
_JOIN = frozenset({",", "and"})
_END = frozenset({",", ".", ";", "and"})


def gapped_donors(sentence: Sentence, events: list[Event]) -> list[Event]:
    """Copies of the money act before each gapped donor, with that donor as source."""
    named = {m.actor.primary for m in sentence.mentions if m.actor is not None}
    money = [e for e in events if e.sentence == sentence.index and e.root in _ROOTS and e.asserted
             and e.target.primary in named]  # a recipient taken from another sentence is not copied
    if not money:
        return []
    words = [t.lower for t in sentence.tokens]
    out: list[Event] = []
    for m in sentence.mentions:
        if not _gapped(words, m):
            continue
        at = sentence.tokens[m.start].start
        before = next((e for e in reversed(money) if e.trigger_at < at and e.source.primary != m.actor.primary
                       and e.target.primary != m.actor.primary), None)
        if before is not None and not any(e.source.primary == m.actor.primary for e in events + out):
            out.append(_copy(before, ActorRef.of(m)))
    return out


def _gapped(words: list[str], m: Mention) -> bool:
    if m.actor is None or m.actor.type != "state" or m.locative or m.possessive or m.kind in ("pronoun", "place"):
        return False
    if m.start == 0 or words[m.start - 1] not in _JOIN:
        return False
    return sum_follows(words, m.end)


def sum_follows(words: list[str], j: int) -> bool:
    """Whether a sum of money starts at token ``j`` and runs to a comma, "and" or the end."""
    while j < len(words) and words[j] in _CURRENCY:
        j += 1
    if j >= len(words) or not words[j].replace(",", "").replace(".", "").isdigit():
        return False
    j += 1
    n = 0
    while j < len(words) and words[j] not in _END and n < 4:
        if words[j] not in _UNITS and not words[j].replace(",", "").replace(".", "").isdigit():
            return False
        j, n = j + 1, n + 1
    if j + 1 < len(words) and words[j] == "and" and words[j + 1] in _UNITS:
        j += 1  # "$2 million in loans and investment"
        while j < len(words) and words[j] in _UNITS and words[j] not in _END:
            j += 1
    return j >= len(words) or words[j] in _END


def _copy(event: Event, source: ActorRef) -> Event:
    key = f"{event.id}|gapped|{source.id}"
    return dataclasses.replace(event, id=hashlib.sha1(key.encode()).hexdigest()[:16], source=source,
                               rule=event.rule + "+gapped", confidence=round(max(event.confidence - 0.1, 0.1), 2))
