"""An accusation attributed after the clause it makes: "Minsk is arming the rebels, Vilnius charged".

"charged" after a comma, with its subject right before it and nothing but a day after it (before the
sentence or its clause ends), is the
speech verb of the clause before the comma, not a charge brought in court (173): the speaker
accuses (112) the actor that opens that clause. Only when that actor is of another state than
the speaker; otherwise the event is left as it is.
"""

from __future__ import annotations

import dataclasses

from ..timex.tables import WEEKDAYS
from ..model import ActorRef, Doc, Event, Mention, Sentence
from ..pipeline import Context

__all__ = ["attributed_charges"]

_ACCUSE = "112"
_VERBS = frozenset({"charged"})
# what may follow the speech verb before the sentence ends: "..., Vilnius charged on Monday."
_TAIL = frozenset({"on", "late", "early", "earlier", "this", "week", "night", "yesterday", "today", ".", "!",
                   *WEEKDAYS})


def attributed_charges(doc: Doc, ctx: Context, events: list[Event]) -> list[Event]:
    """Recode "<clause>, <actor> charged" from an arrest (173) to the actor's accusation (112)."""
    out = []
    for event in events:
        accused = _accused(doc.sentences[event.sentence], event) if event.code[:2] == "17" else None
        out.append(event if accused is None else _accusation(event, accused, ctx))
    return out


def _accused(sentence: Sentence, event: Event) -> Mention | None:
    lower = [t.lower for t in sentence.tokens]
    t = next((i for i, tok in enumerate(sentence.tokens) if tok.start == event.trigger_at), None)
    if t is None or lower[t] not in _VERBS:
        return None
    end = next((k for k in range(t + 1, len(lower)) if lower[k] in (",", ";")), len(lower))
    if any(w not in _TAIL for w in lower[t + 1:end]):
        return None
    speaker = next((m for m in sentence.mentions if m.end == t and m.actor is not None), None)
    if speaker is None:
        return None
    comma = speaker.start - 1 - (speaker.start > 1 and lower[speaker.start - 1] == "the")
    if comma < 2 or lower[comma] != ",":
        return None
    first = next((m for m in sentence.mentions if m.actor is not None and not m.locative), None)
    if first is None or first.start > 1 or first.end > comma or first.actor.primary == speaker.actor.primary:
        return None
    return first


def _accusation(event: Event, accused: Mention, ctx: Context) -> Event:
    entry = ctx.codebook.get(_ACCUSE)
    actor = accused.actor
    target = ActorRef(actor.id, actor.primary, actor.code, actor.name, accused.text)
    return dataclasses.replace(event, target=target, code=entry.code, root=entry.root, label=entry.label,
                               quad_class=entry.quad, goldstein=entry.goldstein, plover=entry.plover,
                               rule=f"{_ACCUSE}/charged+attributed")
