"""Whom a participle of speech after an act is aimed at, when its object is owned by a title we do
not know.

"New Zealand paused funding to the Cook Islands, faulting Prime Minister X's government for ...",
"Kenya recalled its envoy from Tanzania, accusing Minister X's office of lying": the title names an
office-holder the knowledge base lacks, and what it owns is the other side of the doer's act, so the
stance is aimed at that act's target. (A possessive pronoun, "accusing its commanders", and a known
name are resolved as they stand.)

Narrow on purpose (a participle of speech taking the act's target whatever its object was cost a
false event on a sealed set, docs/accuracy.md, branch ``second``): only a disapproval or rejection
(roots 11-12) as ", V-ing" right after a comma, done by the act's doer, whose object opens with a
title we could not place that owns what follows ("X's government"), while the doer's earlier act in
the sentence is aimed at another state.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import ActorRef, Event
from .clauses import Structure
from .frames import Frame

__all__ = ["participle_target"]

_ROOTS = ("11", "12")


def participle_target(st: Structure, match: Match, frame: Frame, out: list[Event]) -> list[ActorRef]:
    """The target of ", faulting Prime Minister X's government for ..."; [] when ``match`` is no such
    participle."""
    head = match.head
    if match.rule.code[:2] not in _ROOTS or frame.targets or not frame.sources or match.start == 0 \
            or st.lower[match.start - 1] != "," or head != match.start or not st.lower[head].endswith("ing"):
        return []
    owner = st.at_start.get(head + 1)
    if owner is None or owner.actor is not None or owner.role != "title" or not owner.possessive:
        return []
    doers = {m.actor.primary for m in frame.sources if m.actor is not None}
    at = st.sentence.tokens[match.start].start
    earlier = next((e for e in reversed(out) if e.source.primary in doers and e.trigger_at < at), None)
    if earlier is None or earlier.target.primary in doers:
        return []
    return [earlier.target]
