"""The accusation given as the reason of a punitive act: a second act of the same doer on the same side.

Two constructions of English that the news uses to say why a state acted against another:

- a participle of speech after the act whose own subject is a speaker we could not place (",
  Interior Minister X said, accusing Kampala of ...") or a passive's agent ("a complaint was filed
  against Iran by Israel, accusing Tehran of ..."): the accusation is the act's doer's, when its
  accused is the side the act was aimed at (``participle_doer``);
- ", citing ..." after a punitive act (roots 12-17) whose clause names the act's target as the doer
  of what is cited ("citing evidence that Lome had spied", "citing what it called fraud by
  Lilongwe"): the doer accuses the target (112) (``cited_accusations``). "citing security concerns"
  names no one, nor does a pronoun ("citing its policy on arms"); the target's own words ("citing
  Moscow's statement that ...") are no charge.

Both are gated on a cheap test (the participle's own match; a punitive act coded in the sentence
before "citing" is looked for), so a sentence without them costs next to nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from ..knowledge.lexicon import Match
from ..model import ActorRef, Event, Sentence
from .clauses import Structure
from .frames import Frame

__all__ = ["participle_doer", "cited_accusations"]

_ROOTS = ("11", "12")
_PUNITIVE = ("12", "13", "16", "17")
_CLAUSE_END = frozenset({";", ".", ":", ",", "but", "while", "whereas"})
_OWN_WORDS = frozenset({"said", "says", "say", "statement", "statements", "remarks", "remark", "announcement",
                        "decision", "request", "requests", "invitation", "offer", "demand", "demands", "refusal"})


def participle_doer(st: Structure, match: Match, frame: Frame, out: list[Event]) -> ActorRef | None:
    """The doer of ", the minister said, accusing Kampala of ...": the source of the sentence's earlier
    act aimed at the accused; None when ``match`` is no such participle or no act fits."""
    head = match.head
    if match.rule.code[:2] not in _ROOTS or not frame.targets or match.start == 0 \
            or head != match.start or st.lower[match.start - 1] != "," or not st.lower[head].endswith("ing") \
            or any(m.actor is not None for m in frame.sources):
        return None
    accused = {m.actor.primary for m in frame.targets if m.actor is not None}
    at = st.sentence.tokens[match.start].start
    earlier = next((e for e in reversed(out) if e.trigger_at < at and e.target.primary in accused
                    and e.source.primary not in accused and e.root[:2] in _PUNITIVE), None)
    return None if earlier is None else earlier.source


def cited_accusations(sentence: Sentence, lower: list[str], out: list[Event], codebook: dict) -> list[Event]:
    """A 112 from the doer of a punitive act to its target when ", citing ..." after the act names the
    target as the doer of what is cited; [] when the sentence has no such clause."""
    if not out or not any(e.root[:2] in _PUNITIVE for e in out) or "citing" not in lower:
        return []
    at = lower.index("citing")
    if at == 0 or lower[at - 1] != ",":
        return []
    end = next((k for k in range(at + 1, len(lower)) if lower[k] in _CLAUSE_END), len(lower))
    named = [m for m in sentence.mentions if m.actor is not None and at < m.start < end
             and m.kind != "pronoun" and not _own_words(lower, m.end)]  # "citing its policy": whose is unsure
    if not named:
        return []
    cite_at = sentence.tokens[at].start
    added: list[Event] = []
    have = {(e.source.primary, e.target.primary, e.root) for e in out}
    for e in reversed(out):
        if e.trigger_at >= cite_at or e.root[:2] not in _PUNITIVE or e.source.primary == e.target.primary:
            continue
        if not any(m.actor.primary == e.target.primary for m in named) \
                or (e.source.primary, e.target.primary, "11") in have:
            continue
        entry = codebook["112"]
        added.append(replace(e, id=hashlib.sha1((e.id + "/cited").encode()).hexdigest()[:16], **entry.event_fields(),
                             trigger="citing", rule="112/citing-reason", trigger_at=cite_at))
        have.add((e.source.primary, e.target.primary, "11"))
        break
    return added


def _own_words(lower: list[str], end: int) -> bool:
    """Whether a mention ending at ``end`` is followed by its own words ("Moscow's statement", "Moscow
    said"): what it said is cited, not what it did."""
    k = end + 1 if end < len(lower) and lower[end] in ("'s", "'") else end
    return k < len(lower) and lower[k] in _OWN_WORDS
