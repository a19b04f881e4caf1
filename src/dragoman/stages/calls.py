"""A phone call named only as the setting of what one side told the other.

"Erdogan told him in a phone call that Turkey was ready ...", "In a phone call on Tuesday,
the Egyptian president told the Jordanian king that ...": the call names no partner ("a
phone call with X" is a lexicon rule), but the speaker and the one spoken to were on it.
The annotators code such a call both ways (041). Only a verb of telling or addressing (thanked,
urged, apologised to, ...) with its listener right after it counts; "said in a phone call" names no listener and gives nothing.
"""

from __future__ import annotations

import hashlib
import re

from ..model import ActorRef, Doc, Event, Mention, Sentence
from ..pipeline import Context
from .dates import event_date

__all__ = ["phone_calls"]

_CALL = "041"
_IN_A_CALL = re.compile(r"\b(?:in|during|over)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:phone|telephone|video)\s+(?:call|conversation)s?\b(?!\s+(?:with|between)\b)", re.I)
_TOLD = re.compile(r"\b(?:told|assured|reassured|informed|briefed|thanked|congratulated|urged|asked|invited|pressed"
                   r"|apologi[sz]ed\s+to|complained\s+to|condoled\s+with)\s+(?:(?:the|his|her|their)\s+)?")


def phone_calls(doc: Doc, ctx: Context, events: list[Event]) -> list[Event]:
    """041 both ways between a speaker and a listener of a call that names no partner."""
    out: list[Event] = []
    for sentence in doc.sentences:
        if not _may_name_a_call(sentence.text) or not _IN_A_CALL.search(sentence.text):
            continue
        if any(e.sentence == sentence.index and e.code == _CALL for e in events):
            continue
        pair = _speaker_and_listener(sentence)
        if pair is None:
            continue
        speaker, listener, at = pair
        for source, target in ((speaker, listener), (listener, speaker)):
            out.append(_event(doc, ctx, sentence, source, target, at, events))
    return out


def _may_name_a_call(text: str) -> bool:
    """The cheap test before the search: an ASCII text needs "call" or "conversation" in any case
    (outside ASCII, case folding is the regular expression's to judge)."""
    if not text.isascii():
        return True
    low = text.lower()
    return "call" in low or "conversation" in low


def _speaker_and_listener(sentence: Sentence) -> tuple[Mention, Mention, int] | None:
    told = _TOLD.search(sentence.text)
    if told is None:
        return None
    named = [m for m in sentence.mentions if m.actor is not None and not m.locative and m.kind != "place"]
    starts = {sentence.tokens[m.start].start: m for m in named}
    listener = starts.get(told.end())
    before = [m for m in named if sentence.tokens[m.end - 1].end <= told.start() and not m.possessive]
    if listener is None or not before:
        return None
    speaker = before[-1]
    if speaker.actor.primary == listener.actor.primary:
        return None
    return speaker, listener, told.start()


def _event(doc: Doc, ctx: Context, sentence: Sentence, source: Mention, target: Mention, at: int,
           earlier: list[Event]) -> Event:
    entry = ctx.codebook.get(_CALL)
    date, precision, basis = event_date(doc, sentence, at, earlier, None, True)
    key = f"{doc.id}|{sentence.index}|{at}|{_CALL}|{source.actor.id}|{target.actor.id}"
    return Event(
        id=hashlib.sha1(key.encode()).hexdigest()[:16], doc_id=doc.id, sentence=sentence.index,
        source=ActorRef.of(source), target=ActorRef.of(target), code=entry.code, root=entry.root, label=entry.label,
        quad_class=entry.quad, goldstein=entry.goldstein, plover=entry.plover,
        date=date, date_precision=precision, date_basis=basis, location=None,
        polarity="asserted", modality="actual",
        evidence={"text": sentence.text, "start": sentence.start, "end": sentence.end},
        trigger=sentence.text[at:].split()[0], rule="041/told-in-a-call", confidence=0.6, trigger_at=at,
    )
