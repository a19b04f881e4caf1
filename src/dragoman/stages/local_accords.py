"""Peace accords and truces between two sides of one state that the text names only by role.

"Elders of the Borana and Gabra communities signed a peace accord in Marsabit", "Rival militias
in Misrata agreed to a truce": the parties are communities, clans, factions or armed groups of
the place, named by no actor the coder knows (or by one generic role), so the agreement (05x) or
ceasefire (0871) is the place's state with itself, as conflict monitors code local accords.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import ActorRef, Mention, Sentence
from .clauses import Structure, clause_of
from .conflict import scene
from .roles import Frame

__all__ = ["local_accord"]

# words naming the two sides of a local accord: communities, their elders, rival armed groups
_SIDES = frozenset({"communities", "community", "clans", "clan", "elders", "tribes", "tribal", "factions",
                    "militias", "rival", "herders", "farmers", "groups", "chiefs", "leaders", "sides",
                    "villages", "ethnic", "militia"})
_GOVERNMENT = frozenset({"government", "authorities", "the government", "the authorities"})
_ACCORD_WORDS = frozenset({"peace", "accord", "agreement", "pact", "truce", "ceasefire", "reconciliation",
                           "deal", "armistice", "cease"})


def local_accord(st: Structure, match: Match, frame: Frame, code: str, sentence: Sentence,
                 places: list[Mention]) -> list[tuple[ActorRef, ActorRef, str | None]]:
    """The place's state with itself for a peace accord or truce whose subject, before the trigger
    in its clause, names two local sides by role only, or the government (unnamed) and armed groups
    of the place's own state ("the government and the 3R militia signed a peace accord in
    Bocaranga": CAF's government with the 3R, both ways); else nothing."""
    if not (code[:2] == "05" or code == "0871") or frame.targets:
        return []
    if not _ACCORD_WORDS.intersection(st.lower[match.start:match.end]):
        return []  # "signed a trade deal" would still need parties; an accord word must be in the match
    start, _ = clause_of(st, match.head)
    subject = [m for m in sentence.mentions if start <= m.start and m.end <= match.start and not m.locative]
    government = any(m.actor is None and m.text.lower() in _GOVERNMENT for m in subject)
    if not (government or _SIDES.intersection(st.lower[start:match.start])):
        return []
    named = [m for m in subject if m.actor is not None and m.kind not in ("role", "place")]  # "Pokot and Turkana elders"
    if named and not government:
        return []  # named parties: the ordinary pairs apply
    where = scene(sentence, places, match.head)
    if where is None or where.actor is None or where.actor.type not in ("state", "place"):
        return []
    state, ref = where.actor.primary, ActorRef.of(where)
    if any(m.actor.primary != state for m in subject if m.actor is not None):
        return []  # a party of another state ("Sudan's army ... talks in Kenya"): not a local accord
    home = ActorRef(state, state, state + ("GOV" if government else ""), state, ref.mention)
    if not named:
        return [(home, home, "domestic")]
    others = [ActorRef.of(m) for m in named]
    return [(home, o, "domestic") for o in others] + [(o, home, "domestic") for o in others]
