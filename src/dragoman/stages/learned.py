"""Stage ``learned``: a fallback root classifier for sentences the rules gave no event.

Runs after the rules (and before ``subcodes``, which may refine the base code it gives). A
sentence is looked at only when it has no event, names two to five actors of different states or
organisations (:func:`.learned_model.candidate_pairs`, on the mentions alone) and holds no
negation, modal, condition or forecast word (one set test on its words). Each ordered pair is
scored with one dot product (:class:`.learned_model.LearnedModel`); the best pair of the sentence
becomes an event when its root's probability reaches ``THRESHOLD``, coded as the root's base code
with the rule id ``learned/<root>``. The model (``data/learned/fallback.tsv``) is built by
``scripts/train_fallback.py`` from our tuned sets; see docs/learned.md. Off unless the context
carries a model (``--lexicon learned``).
"""

from __future__ import annotations

import hashlib

from ..model import ActorRef, Doc, Event, Mention, Sentence
from ..pipeline import Context, stage
from .dates import event_date
from .learned_model import BLOCK, LearnedModel, candidate_pairs, features

__all__ = ["THRESHOLD", "learned_events", "sentence_event"]

THRESHOLD = 0.6  # chosen by leave-one-set-out cross-validation on the tuned sets (docs/learned.md)
_CONFIDENCE = 0.3  # an event no rule found: below every rule event's confidence


@stage("learned")
def learned_events(doc: Doc, ctx: Context) -> Doc:
    model = ctx.learned
    if model is None:
        return doc
    busy = {e.sentence for e in doc.events}
    added = []
    for sentence in doc.sentences:
        if sentence.index in busy or len(sentence.mentions) < 2:
            continue
        event = sentence_event(doc, sentence, model, ctx)
        if event is not None:
            added.append(event)
    if added:
        doc.events = sorted(doc.events + added, key=lambda e: e.sentence)
    return doc


def sentence_event(doc: Doc, sentence: Sentence, model: LearnedModel, ctx: Context,
                   threshold: float = THRESHOLD) -> Event | None:
    """The best-scoring pair's event in a sentence with no event, or None."""
    pairs = candidate_pairs(sentence)
    if not pairs:
        return None
    lower = [t.lower for t in sentence.tokens]
    present = frozenset(lower)
    if not present.isdisjoint(BLOCK):
        return None
    best: tuple[float, str, Mention, Mention] | None = None
    for source, target in pairs:
        root, p = model.best(features(lower, source, target, present))
        if p >= threshold and (best is None or p > best[0]):
            best = (p, root, source, target)
    if best is None or (entry := ctx.codebook.get(best[1] + "0")) is None:
        return None
    return _event(doc, sentence, ctx, entry, best[2], best[3])


def _event(doc: Doc, sentence: Sentence, ctx: Context, entry, source: Mention, target: Mention) -> Event:
    tokens = sentence.tokens
    at = min(source.end, len(tokens) - 1)  # the word after the source stands for the trigger
    date, precision, basis = event_date(doc, sentence, tokens[at].start, [], None, False)
    key = f"{doc.id}|{sentence.index}|learned|{entry.code}|{source.actor.id}|{target.actor.id}"
    return Event(
        id=hashlib.sha1(key.encode()).hexdigest()[:16], doc_id=doc.id, sentence=sentence.index,
        source=ActorRef.of(source), target=ActorRef.of(target), **entry.event_fields(),
        date=date, date_precision=precision, date_basis=basis, location=None,
        polarity="asserted", modality="actual",
        evidence={"text": sentence.text, "start": sentence.start, "end": sentence.end},
        trigger=tokens[at].text, rule=f"learned/{entry.root}", confidence=_CONFIDENCE, trigger_at=tokens[at].start,
    )
