"""Foreigners are not the doer's own people (issue 12, precision: wrong actors).

"Iran detained eight foreign nationals", "police in Lagos arrested twelve foreigners", "the junta
deported two foreign journalists", "it had arrested two Europeans": the object names people of
another state (or of several) without naming the state. The coder used to fall back on the doer's
own state as the target (IRN -> IRN), an act on its own people the text rules out. An own-state
pair of such a trigger is dropped; a pair with a named state ("including citizens of Germany")
stays. Per the gold README, a state's citizens are that state: "two French journalists" is
France, which the actor stage already reads.

Reads only the few words after the trigger (before it for a passive): no scan of the sentence.
"""

from __future__ import annotations

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..model import ActorRef
from .clauses import Structure
from .people_nouns import FOREIGN_PEOPLE

__all__ = ["aimed_at_foreigners", "named_rival", "not_on_itself"]

# words that name people of another state or of several without naming one state
_FOREIGNERS = frozenset({"foreigners", "foreigner", "europeans", "westerners", "expatriates", "expats"})
# the object's noun phrase ends at these
_BREAKS = frozenset({",", ";", ":", "and", "but", "who", "which", "that", "after", "before", "when", "while",
                     "as", "because", "on", "in", "for", "over", "at", "near", "from", "during", "said"})
_REACH = 6  # "arrested two French and three other foreign journalists"
_PASSIVE = frozenset({"was", "were", "been", "being"})
# coercion of persons and force: arrests, expulsions, abductions, attacks ("barred foreign journalists
# from the capital" is a press restriction at home, 1721, as the codebook rows code it)
_COERCION = frozenset({"173", "174", "175", "181"})


def aimed_at_foreigners(st: Structure, match: Match) -> bool:
    """Whether the trigger's object (after it; before it for a passive) names foreigners."""
    lower = st.lower
    k = match.end
    if k < len(lower) and lower[k] == "of":  # "the arrest of two foreign journalists"
        k += 1
    for i in range(k, min(len(lower), k + _REACH)):
        if lower[i] in _BREAKS:
            break
        if _names_foreigners(lower, i):
            return True
    if match.start > 0 and lower[match.start - 1] in _PASSIVE:  # "two foreigners were detained"
        for i in range(match.start - 2, max(-1, match.start - 2 - _REACH), -1):
            if lower[i] in _BREAKS:
                break
            if _names_foreigners(lower, i):
                return True
    return False


def _names_foreigners(lower: list[str], i: int) -> bool:
    """"foreigners", "Europeans"; "foreign" before a people noun that ends its phrase ("foreign aid
    workers", not "foreign-funded media" or "the foreign agents law")."""
    if lower[i] in _FOREIGNERS:
        return True
    if lower[i] != "foreign":
        return False
    for k in range(i + 1, min(len(lower), i + 4)):
        if lower[k] in FOREIGN_PEOPLE:
            after = lower[k + 1] if k + 1 < len(lower) else "."
            return after in _BREAKS or not after.isalpha() or after.endswith(("ing", "ed")) \
                or after in ("who", "whom", "to", "with", "into", "by")
        if not lower[k].isalpha():
            return False
    return False


def not_on_itself(st: Structure, match: Match,
                  pairs: list[tuple[ActorRef, ActorRef, str | None]]) -> list[tuple[ActorRef, ActorRef, str | None]]:
    """The pairs less those aimed at the doer's own state when the object names foreigners."""
    if match.rule.code[:3] not in _COERCION and match.rule.code[:2] not in VIOLENT_ROOTS \
            or not any(s.primary == t.primary for s, t, _ in pairs) or not aimed_at_foreigners(st, match):
        return pairs
    return [(s, t, how) for s, t, how in pairs if s.primary != t.primary]


def named_rival(st: Structure, match: Match, pairs: list[tuple[ActorRef, ActorRef, str | None]]) -> bool:
    """Whether the trigger's direct object is a group the text names inside the doer's own state
    ("the defence minister said, blaming ELN rebels": COLGOV -> COLINS): a domestic object, so a
    disapproval is not redirected to another state the sentence names (the victims' state, say)."""
    k = match.end + 1 if match.end < len(st.lower) and st.lower[match.end] == "the" else match.end
    direct = st.at_start.get(k)
    if direct is None or direct.actor is None:
        return False
    return any(how is None and t.code == direct.actor.code and t.code != t.primary and t.code != s.code
               and t.code[3:6] in _RIVALS for s, t, how in pairs)


# the roles of groups opposed to a state's government inside it
_RIVALS = frozenset({"INS", "REB", "OPP", "UAF", "CRM", "SEP"})
