"""Whose is a consequence participle after a reported act: "X said Y had shelled Z, killing four".

"Ukraine said on Friday that Russian forces had shelled Kherson, killing four civilians": the
killing is the shelling's toll, so its doer is the reported act's subject, not the speaker who
opens the sentence. Only violence after violence is read so (", killing", ", wounding"); a
stance participle (", calling it ...") stays the speaker's (:mod:`.subjects`).
"""

from __future__ import annotations

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure
from .frames import Frame

__all__ = ["reported_doer"]

_REPORTING = frozenset({"said", "says", "reported", "claimed", "stated", "announced", "confirmed",
                        "alleged", "charged", "told", "added"})


def reported_doer(st: Structure, match: Match, start: int, earlier: dict[int, Frame]) -> list[Mention] | None:
    """The subject of the last act before the comma that opens ``match``'s participle clause, when
    that act is violent and reported by a speaker ("said that Y had V-ed"); None otherwise."""
    comma = start if st.lower[start] == "," else start - 1
    if comma <= 0 or st.lower[comma] != "," or not st.lower[match.head].endswith("ing") \
            or match.rule.code[:2] not in VIOLENT_ROOTS:
        return None
    heads = [h for h in earlier if h < comma]
    if not heads:
        return None
    frame = earlier[max(heads)]
    if not frame.sources or frame.inherited or any(m.actor is None for m in frame.sources):
        return None
    first = min(m.start for m in frame.sources)
    if not any(st.lower[k] in _REPORTING for k in range(0, first)):
        return None  # no speaker before the act's subject
    return list(frame.sources)
