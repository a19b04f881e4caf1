"""A phone call named only as the setting of what one side told the other.

"Erdogan told him in a phone call that Turkey was ready ...", "In a phone call on Tuesday,
the Egyptian president told the Jordanian king that ...": the call names no partner ("a
phone call with X" is a lexicon rule), but the speaker and the one spoken to were on it.
The annotators code such a call both ways (041). A verb of telling with its listener right
after it counts, and so does an act already coded from one state to another right before the
call in the same clause ("Putin apologised to Aliyev in a telephone call"); "said in a phone
call" names no listener and gives nothing.
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
_TOLD = re.compile(r"\b(?:told|assured|reassured|informed|briefed)\s+(?:(?:the|his|her|their)\s+)?")


def phone_calls(doc: Doc, ctx: Context, events: list[Event]) -> list[Event]:
    """041 both ways between a speaker and a listener of a call that names no partner."""
    out: list[Event] = []
    for sentence in doc.sentences:
        if not _may_name_a_call(sentence.text) or not _IN_A_CALL.search(sentence.text):
            continue
        if any(e.sentence == sentence.index and e.code == _CALL for e in events):
            continue
        pair = _speaker_and_listener(sentence)
        refs = (ActorRef.of(pair[0]), ActorRef.of(pair[1]), pair[2]) if pair is not None \
            else _act_in_the_call(sentence, events)
        if refs is None:
            continue
        speaker, listener, at = refs
        rule = "041/told-in-a-call" if pair is not None else "041/act-in-a-call"
        for source, target in ((speaker, listener), (listener, speaker)):
            out.append(_event(doc, ctx, sentence, source, target, at, events, rule))
    return out


def _act_in_the_call(sentence: Sentence, events: list[Event]) -> tuple[ActorRef, ActorRef, int] | None:
    """"Putin apologised to Aliyev in a telephone call", "Macron urged Netanyahu during a video call
    to ...": an act of one state towards another, right before the call that is its setting, puts
    both on the call. The first such act of the sentence, coded already, gives the pair."""
    call = _IN_A_CALL.search(sentence.text)
    for event in events:
        if event.sentence != sentence.index or event.code[:2] == "04" or not 0 <= event.trigger_at < call.start() \
                or event.source.primary == event.target.primary or event.modality != "actual":
            continue
        if any(c in sentence.text[event.trigger_at:call.start()] for c in ",;:"):
            continue  # the call belongs to another clause
        return event.source, event.target, event.trigger_at
    return None


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


def _event(doc: Doc, ctx: Context, sentence: Sentence, source: ActorRef, target: ActorRef, at: int,
           earlier: list[Event], rule: str) -> Event:
    entry = ctx.codebook.get(_CALL)
    date, precision, basis = event_date(doc, sentence, at, earlier, None, True)
    key = f"{doc.id}|{sentence.index}|{at}|{_CALL}|{source.id}|{target.id}"
    return Event(
        id=hashlib.sha1(key.encode()).hexdigest()[:16], doc_id=doc.id, sentence=sentence.index,
        source=source, target=target, **entry.event_fields(),
        date=date, date_precision=precision, date_basis=basis, location=None,
        polarity="asserted", modality="actual",
        evidence={"text": sentence.text, "start": sentence.start, "end": sentence.end},
        trigger=sentence.text[at:].split()[0], rule=rule, confidence=0.6, trigger_at=at,
    )
