"""The parties to a truce agreed by more than two.

"The leaders of A, B, C and D agreed on a ceasefire in B": a ceasefire is between the sides that
fight, and the place it covers names one of them. Among three or more states that agree a truce
together, the pairs without the state of the truce's ground are mediators or co-signatories with
each other, not sides that cease fire on each other (CAMEO 0871 is an act between belligerents).
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import ActorRef, Sentence

__all__ = ["truce_sides"]

_TRUCE = "0871"
_REACH = 6  # tokens after the trigger within which "in <state>" names the truce's ground


def truce_sides(pairs: list[tuple[ActorRef, ActorRef, str | None]], match: Match,
                sentence: Sentence) -> list[tuple[ActorRef, ActorRef, str | None]]:
    """Of the pairs of a truce agreed by three or more states, those with the state it covers."""
    if not match.rule.code.startswith(_TRUCE):
        return pairs
    parties = {s.primary for s, _, _ in pairs} | {t.primary for _, t, _ in pairs}
    if len(parties) < 3:
        return pairs
    ground = next((m.actor.primary for m in sentence.mentions
                   if m.locative and m.actor is not None and match.end <= m.start <= match.end + _REACH
                   and m.actor.primary in parties), None)
    if ground is None:
        return pairs
    return [p for p in pairs if ground in (p[0].primary, p[1].primary)]
