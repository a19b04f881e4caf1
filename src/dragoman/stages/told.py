"""Reported speech addressed to someone: "X told Y (that) it was ready to cooperate".

Two readings of such a sentence, used by ``coref`` and ``events``:

- the subject pronoun of the reported clause is the speaker X, not the addressee Y named just
  before it ("Japan told Norway it was ready to help": Japan is ready);
- an act of the reported clause that names no target of its own is addressed to Y
  ("... it was ready to cooperate": with Norway).

Only a subject pronoun right after the addressee (or after "that") is read so, and only when an
actor stands at most three tokens before the verb; "told him" and "told reporters" are not
addressees that are actors, so nothing changes for them. What the pronoun must, should or could do
("X told Y it must withdraw", "it would face sanctions") is the addressee's, as before.
"""

from __future__ import annotations

from ..model import Mention, Sentence
from ..timex.tables import WEEKDAYS

__all__ = ["TELLING", "addressee_before", "speaker_before"]

TELLING = frozenset({"told", "tells", "tell", "assured", "assures", "informed", "informs", "reassured", "promised", "promises",
                     "reassures"})
_DETERMINERS = frozenset({"his", "her", "its", "their", "the"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
_REACH = 25  # tokens from the addressee to the act in its reported clause
# "X told Y it must withdraw", "... it could face sanctions": what the pronoun must do or suffer is the addressee's
_ADDRESSEE_MODALS = frozenset({"must", "should", "ought", "had", "has", "have", "needed", "needs", "need", "could",
                               "may", "might", "cannot", "can"})
_SUFFERED = frozenset({"face", "suffer", "pay", "regret", "be"})


def _telling_at(sentence: Sentence, addressee: Mention) -> int | None:
    """The index of "told" whose object is ``addressee`` ("told Norway", "told his Ivorian counterpart")."""
    k = addressee.start - 1
    while k >= 0 and sentence.tokens[k].lower in _DETERMINERS:
        k -= 1
    return k if k >= 0 and sentence.tokens[k].lower in TELLING else None


def _speaker_at(sentence: Sentence, verb: int) -> Mention | None:
    """The actor right before the verb (at most three tokens: "Japan's foreign minister on Monday told")."""
    for mention in reversed(sentence.mentions):
        if mention.end <= verb and verb - mention.end <= 3 and mention.actor is not None \
                and not mention.locative and mention.kind not in ("place", "pronoun"):
            return mention
    return None


def speaker_before(sentence: Sentence, pronoun: Mention) -> Mention | None:
    """The speaker X when ``pronoun`` opens the clause reported to an actor: "X told Y (that) it ..."."""
    if pronoun.kind != "pronoun" or pronoun.possessive or pronoun.text.lower() in _OBJECT_PRONOUNS:
        return None
    after = [t.lower for t in sentence.tokens[pronoun.end:pronoun.end + 2]]
    if after[:1] and after[0] in _ADDRESSEE_MODALS or after[:1] == ["would"] and after[1:] and after[1] in _SUFFERED:
        return None
    j = pronoun.start - 1
    if j >= 0 and sentence.tokens[j].lower == "that":
        j -= 1
        j = _before_time(sentence, j)  # "told Nigeria on Monday that it would"
    addressee = next((m for m in sentence.mentions if m.end - 1 == j and m.actor is not None), None)
    if addressee is None:
        return None
    verb = _telling_at(sentence, addressee)
    return None if verb is None else _speaker_at(sentence, verb)


_TIME_WORDS = frozenset({*WEEKDAYS, "today", "yesterday", "earlier", "later", "privately", "publicly", "again"})


def _before_time(sentence: Sentence, j: int) -> int:
    """The token before a short time phrase ending at ``j`` ("on Monday", "yesterday"), else ``j``."""
    words = [t.lower for t in sentence.tokens]
    if j >= 1 and words[j] in WEEKDAYS and words[j - 1] == "on":
        return j - 2
    if j >= 0 and words[j] in _TIME_WORDS:
        return j - 1
    return j


def addressee_before(sentence: Sentence, start: int, speakers: set[str]) -> Mention | None:
    """Y when the act at token ``start`` is reported by one of ``speakers`` to Y: "X told Y it was ready to ..."."""
    for mention in reversed(sentence.mentions):
        if mention.start >= start or start - mention.end > _REACH or mention.actor is None:
            continue
        verb = _telling_at(sentence, mention)
        if verb is None:
            continue
        speaker = _speaker_at(sentence, verb)
        if speaker is not None and speaker.actor.primary in speakers \
                and mention.actor.primary not in speakers:
            return mention
        return None
    return None
