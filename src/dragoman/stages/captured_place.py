"""A place captured is territory occupied (192).

"Malian troops recaptured Kidal on Tuesday": the rule ``190/capture`` reads a capture, which is
use of force (190) until its object says what was taken. When the object is a named place (the
target was read from a town, a region or a capital), the codebook's occupation of territory (192)
is the act, as ``192/seize-territory`` codes it for a noun of territory ("captured several
villages"). A person or a unit captured ("captured the rebel commander") stays 190.
Called from the ``subcodes`` stage for events of code 190 only.
"""

from __future__ import annotations

from ..model import Event, Sentence

__all__ = ["OCCUPY", "ROW", "captured_place"]

OCCUPY = "192"
ROW = "192/captured-place"
_CAPTURES = frozenset({"190/capture"})  # rules whose object is what was taken


def captured_place(event: Event, gazetteer, sentence: Sentence) -> bool:
    """Whether ``event`` (code 190) is a capture whose object, right after the verb, is a place of its
    target's state (not "captured weapons near X", "captured Dr Y in X": there X is only the scene)."""
    if event.rule.split("+")[0] not in _CAPTURES:
        return False
    target = event.target
    if not _object_of(sentence, event, target.mention):
        return False
    if target.id.startswith("PLACE:"):
        return target.mention == target.name  # the place itself, not a role in it ("rebels in X")
    if gazetteer is None or not target.mention[:1].isupper():
        return False  # a capital read as its government ("captured Tripoli") is still the city
    return any(p.country == target.primary for p in gazetteer.lookup(tuple(target.mention.split())))


def _object_of(sentence: Sentence, event: Event, mention: str) -> bool:
    """Whether ``mention`` is the words right after the trigger (past an article): the verb's object."""
    toks = sentence.tokens
    head = next((i for i, t in enumerate(toks) if t.start == event.trigger_at), None)
    if head is None or not mention:
        return False
    k = head + 1 + (head + 1 < len(toks) and toks[head + 1].lower == "the")
    words = mention.split()
    return [t.text for t in toks[k:k + len(words)]] == words
