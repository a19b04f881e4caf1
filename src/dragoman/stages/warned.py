"""A warning that the speaker itself could or would act is a threat (root 13).

"Morocco warned it could sever diplomatic ties with Germany", "Qatar warned on Wednesday that
it might abandon its role as mediator", "Beijing warned Manila that it would respond": the act
in the warned clause is not asserted (a modal governs it) and not a forecast either, since its
doer is the one who warns; the codebook codes it as a threat of that act (1313, 135, 138 ...,
through the composition table). The doer must be the speaker's pronoun ("it", "they"); a
pronoun that stands for the one warned ("warned Germany that it could face sanctions") is not.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..timex.tables import WEEKDAYS
from .clauses import Structure, usable_subject
from .frames import Frame
from .mood import Mood

__all__ = ["warned_threat"]

_WARN = frozenset({"warned", "warns", "warn", "warning", "threatened", "threatens", "cautioned"})
_MODALS = frozenset({"could", "would", "might", "may", "will", "'ll"})
_SPEAKER = frozenset({"it", "they", "he", "she", "we"})
_SKIP = frozenset({"that", "on", *WEEKDAYS,
                   "again", "also", "repeatedly", "openly", "publicly", "today", "yesterday", "bluntly"})
_REACH = 6  # tokens from the pronoun back to the warning verb


def warned_threat(st: Structure, match: Match, frame: Frame, mood: Mood) -> bool:
    """Whether ``match`` is an act the speaker warned it could or would do."""
    if mood.effect not in ("hypothetical", "announce", "intent") or mood.cue not in _MODALS or frame.inherited:
        return False
    end = frame.subject_end
    if end <= 0 or end > match.start or st.lower[end - 1] not in _SPEAKER:
        return False
    k, stop = end - 2, max(-1, end - 2 - _REACH)
    warned = None
    while k > stop:
        word = st.lower[k]
        if word in _WARN:
            return (warned is None or not _same(frame, warned)) and _speaker_is_source(st, frame, k)
        mention = st.at_end.get(k)
        if mention is not None and warned is None and mention.kind != "pronoun":
            warned, k = mention, mention.start - 1  # "warned Manila that it would": the one warned
            continue
        if word not in _SKIP:
            return False
        k -= 1
    return False


def _speaker_is_source(st: Structure, frame: Frame, verb: int) -> bool:
    """The warning verb's subject (the nearest actor before it that no preposition governs) is the
    pronoun's actor: "Moscow, which borders Finland, warned that it would ..." is Moscow's threat."""
    speaker = next((m for m in reversed(st.sentence.mentions) if m.end <= verb and usable_subject(st, m)), None)
    return speaker is not None and _same(frame, speaker)


def _same(frame: Frame, warned) -> bool:
    """The pronoun stands for the one warned ("warned Germany that it could face ...")."""
    return warned.actor is not None and any(
        m.actor is not None and m.actor.primary == warned.actor.primary for m in frame.sources)
