"""The body a veto is cast in: a veto (129) whose clause names no target is cast in the body the
sentence names, the United Nations' Security Council in practice: "a draft was vetoed by China at
the UN", "China and Russia cast vetoes, the third time the Security Council had failed to act"
(CHN -> UN).
"""

from __future__ import annotations

from ..model import Mention, Sentence

__all__ = ["vetoed_body"]


_VOTING_BODIES = frozenset({"UN"})  # where a veto is cast (the Security Council)


def vetoed_body(sentence: Sentence, sources: list[Mention]) -> list[Mention]:
    """The first mention of a body that votes by veto in the sentence, not a source; else none."""
    mine = {m.actor.primary for m in sources if m.actor is not None}
    return next(([m] for m in sentence.mentions if m.actor is not None and m.actor.primary in _VOTING_BODIES
                 and m.actor.primary not in mine), [])
