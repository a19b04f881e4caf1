"""What several states cooperate on is not whom they cooperate with.

"Chile, Peru and Colombia began sharing intelligence on Venezuelan gangs": the three share with
each other; Venezuela is the topic, named after "on", "about" or "regarding". For a cooperative act
(05, 06) of two or more states whose only targets sit in such a topic phrase, the targets are
dropped so the states act with each other (``event_pairs``' joint acts).
"""

from __future__ import annotations

from ..model import Mention, Sentence

__all__ = ["only_topics"]

_TOPIC = frozenset({"on", "about", "regarding", "concerning", "over"})
_FREE = frozenset({"the", "a", "an", "possible", "future", "any", "all", "new", "further"})
_JOINT_ROOTS = frozenset({"05", "06"})


def only_topics(code: str, sources: list[Mention], targets: list[Mention], sentence: Sentence) -> bool:
    """Whether every target of a cooperative act by several states is only what it is about."""
    if code[:2] not in _JOINT_ROOTS or not targets:
        return False
    if len({m.actor.primary for m in sources if m.actor is not None}) < 2:
        return False
    return all(_in_topic(m, sentence) for m in targets)


def _in_topic(mention: Mention, sentence: Sentence) -> bool:
    j = mention.start - 1
    while j >= 0 and sentence.tokens[j].lower in _FREE:
        j -= 1
    return j >= 0 and sentence.tokens[j].lower in _TOPIC and not mention.locative
