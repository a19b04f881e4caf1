"""The doer named before an attack noun, with the victims as the clause's subject: "Three Kenyan
soldiers were wounded in an Al Shabaab ambush", "two Ukrainian soldiers were wounded in Russian
shelling", "two Chadian soldiers were killed in a Boko Haram raid".

A noun of violence after "in", "during" or "by" and a determiner takes the armed group or state
named right before it as its doer (as "a Russian drone" owns its strike). The clause's subject was
killed or wounded: it is the target, not the doer, of that attack.
"""

from __future__ import annotations

from dataclasses import replace

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure
from .frames import Frame

__all__ = ["noun_doer"]

_TOLL = frozenset({"killed", "wounded", "injured", "hurt", "maimed", "died", "dead"})
_INTRO = frozenset({"in", "during", "by"})
_DETERMINERS = frozenset({"a", "an", "the"})


def _doer_before(st: Structure, start: int) -> Mention | None:
    """The group or state named right before the noun at ``start``, after "in/during/by (a|an|the)"."""
    doer = st.at_end.get(start - 1)
    if doer is None or doer.actor is None or doer.kind not in ("name", "demonym") \
            or doer.actor.type not in ("group", "state"):
        return None
    k = doer.start - 1
    if k >= 0 and st.lower[k] in _DETERMINERS:
        k -= 1
    return doer if k >= 0 and st.lower[k] in _INTRO else None


def noun_doer(st: Structure, match: Match, frame: Frame) -> Frame | None:
    """The frame of a violent noun whose doer stands before it and whose clause subject is its
    killed or wounded victim (module docstring): that doer as the source, the victims as targets."""
    if match.rule.code[:2] not in VIOLENT_ROOTS or not frame.sources:
        return None
    doer = _doer_before(st, match.start)
    if doer is None or doer in frame.sources:
        return None
    victims = [m for m in frame.sources if m.actor is not None and m.end <= doer.start]
    if not victims or _TOLL.isdisjoint(st.lower[victims[-1].end:doer.start]) \
            or doer.actor.id in {m.actor.id for m in victims}:
        return None
    return replace(frame, sources=[doer], targets=victims, inherited=False, passive=False)

