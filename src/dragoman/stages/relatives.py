"""Object relative clauses: "Algeria, which it accused of backing the Polisario Front".

When a relative clause has a subject of its own between "which/whom/who" and its
verb, the antecedent is the verb's object. If the verb's own object slot is empty
(the next word is a preposition: "accused of", "blames for"), the antecedent is the
target, not an actor in the complement. A pronoun subject that coreference tied to
the antecedent itself ("which it accused": "it" is not Algeria) stands for the
main clause's subject.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure

__all__ = ["object_slot_empty", "speaker_of_relative"]

_COMPLEMENT_PREPS = frozenset({"of", "for", "over", "as", "with"})


def object_slot_empty(st: Structure, match: Match) -> bool:
    """The verb is followed at once by a complement's preposition, not by an object."""
    return bool(match.rule.verb) and match.head + 1 < len(st.lower) and st.lower[match.head + 1] in _COMPLEMENT_PREPS


def speaker_of_relative(sources: list[Mention], antecedent: Mention, main: list[Mention],
                        start: int) -> list[Mention]:
    """The relative clause's subject, a pronoun resolved to the antecedent itself replaced by the main
    subject before the clause."""
    if antecedent.actor is None or not all(m.kind == "pronoun" and m.actor is not None
                                           and m.actor.primary == antecedent.actor.primary for m in sources):
        return sources
    before = [m for m in main if m.end <= start and m.actor is not None
              and m.actor.primary != antecedent.actor.primary]
    return before or sources
