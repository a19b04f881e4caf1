"""Actors listed together: the whole list when a later act answers what the list did.

"The United States, Japan and South Korea held joint drills. North Korea condemned the
drills": the drills are the three states' act, so the condemnation is aimed at all three,
not at the first name of the list alone. A run of mentions joined only by commas, "and"
and "the" is one list; the run that holds a given mention is returned in text order.
"""

from __future__ import annotations

from ..model import Doc, Mention, Sentence

__all__ = ["listed_with", "sentence_of"]

_JOINERS = frozenset({",", "and", "the", "visiting"})  # "Y and the visiting X"
_MAX_LIST = 6  # longer runs are tables or rosters, not the doers of one act


def listed_with(mention: Mention, sentence: Sentence) -> list[Mention]:
    """``mention`` and the actors listed with it in ``sentence`` ("A, B and C"); ``[mention]``
    when it stands alone. Places, possessors and modifiers never join a list of doers."""
    mentions = sentence.mentions
    i = next((k for k, m in enumerate(mentions) if m is mention), None)
    if i is None:
        return [mention]
    lo = hi = i
    while lo > 0 and _joined(sentence, mentions[lo - 1], mentions[lo]):
        lo -= 1
    while hi + 1 < len(mentions) and _joined(sentence, mentions[hi], mentions[hi + 1]):
        hi += 1
    run = mentions[lo:hi + 1]
    if len(run) > _MAX_LIST or any(not _doer(m) for m in run):
        return [mention]
    return run


def _joined(sentence: Sentence, left: Mention, right: Mention) -> bool:
    between = sentence.tokens[left.end:right.start]
    return right.start >= left.end and bool(between) and any(t.lower in (",", "and") for t in between) \
        and all(t.lower in _JOINERS for t in between)


def _doer(mention: Mention) -> bool:
    return mention.actor is not None and mention.kind not in ("place", "pronoun") and not mention.locative \
        and not mention.possessive and not mention.modifier and mention.actor.type != "place"


def sentence_of(doc: Doc, mention: Mention, before: int) -> Sentence | None:
    """The sentence before index ``before`` that holds ``mention`` (the previous sentence with actors)."""
    for sentence in reversed(doc.sentences[:before]):
        if sentence.mentions:
            return sentence if any(m is mention for m in sentence.mentions) else None
    return None
