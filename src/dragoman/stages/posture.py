"""The state a show of force is aimed at, named in an adjunct of the sentence.

"Washington sent an aircraft carrier to the region amid tensions with Iran", "The Pentagon sent a
carrier to the Gulf as a warning to Iran", "held drills in a show of strength aimed at Japan": a
deployment, an alert or an exercise (root 15) has no object of its own; the sentence names whom it
is aimed at after a cue ("tensions with", "a warning to", "aimed at"). The roles stage asks this
module only for a root-15 act that found no target in its clause.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import ActorRef, Mention, Sentence
from .antecedents import last_act_aimed_at
from .clauses import Structure
from .event_filters import PLACE_HEADS
from .subject_matter import goods_sent_elsewhere

__all__ = ["aimed_at_the_other_side", "answered", "joined_clause", "posture_target"]

# a cue is a head word and the preposition after it (with at most one word between: "growing tensions with")
_CUES = {"tensions": "with", "tension": "with", "standoff": "with", "stand-off": "with", "dispute": "with",
         "row": "with", "confrontation": "with", "warning": "to", "message": "to", "signal": "to",
         "aimed": "at", "directed": "at", "targeting": "", "threats": "from", "threat": "from"}
_SKIP = frozenset({"the", "a", "an", "its", "neighbouring", "neighboring", "rival", "nuclear-armed", "deterring",
                   "intimidating", "pressuring", "warning", "deter", "intimidate", "pressure"})
_STOP = frozenset({";", "said", "says", "while", "but", "whereas"})


def posture_target(st: Structure, match: Match, sources: list[Mention]) -> list[Mention]:
    """The actor after a cue of aim, from the end of the match to the end of the sentence."""
    if match.rule.code[:2] != "15":
        return []
    mine = {m.actor.primary for m in sources if m.actor is not None}
    lower = st.lower
    for k in range(match.end, len(lower)):
        if lower[k] in _STOP:
            return []
        prep = _CUES.get(lower[k])
        if prep is None:
            continue
        j = k + 1
        if prep == "with" and j < len(lower) and lower[j] == "between":  # "amid tension between Tehran and Washington"
            named = [st.at_start[i] for i in range(j + 1, min(j + 8, len(lower))) if st.at_start.get(i) is not None]
            other = next((m for m in named if m.actor is not None and m.actor.primary not in mine), None)
            if other is not None:
                return [other]
            continue
        if prep:
            if j < len(lower) and lower[j] != prep:
                j += 1  # "tensions between", "a stern warning to": one word may stand between
            if j >= len(lower) or lower[j] != prep:
                continue
            j += 1
        while j < len(lower) and lower[j] in _SKIP:
            j += 1
        mention = st.at_start.get(j)
        if mention is not None and mention.actor is not None and mention.actor.primary not in mine:
            return [mention]
    return []


_HOSTILE = ("13", "15", "17", "18", "19", "20")


def answered(earlier: list, pairs: list) -> list:
    """A show of force of a state that names no one else answers the last hostile act aimed at that
    state in the sentences before ("China fired missiles around Taiwan ... Taiwan placed its forces
    on heightened alert"): aimed at that act's doer. ``pairs`` unchanged when there is none."""
    mine = {s.primary for s, _, _ in pairs}
    if len(mine) != 1 or any(s.primary != t.primary for s, t, _ in pairs):
        return pairs
    act = last_act_aimed_at(earlier[-12:], mine, _HOSTILE)
    if act is None:
        return pairs
    return [(s, act.source, "posture") for s, _, _ in pairs]


_CLAUSE_ENDS = frozenset({",", ";", ":"})


def joined_clause(lower: list[str], heads: set[int], start: int) -> tuple[int, int]:
    """The token span of the first act joined by "and" after ``start`` ("... on alert and asked the UN
    to convene, ..."): from its verb to the next comma; (0, 0) when there is none. Whom that verb
    names is its own object, not the show of force's target."""
    verb = next((h for h in sorted(heads) if h >= start and "and" in lower[max(start, h - 3):h]), None)
    if verb is None:
        return 0, 0
    end = next((k for k in range(verb, len(lower)) if lower[k] in _CLAUSE_ENDS), len(lower))
    return verb, end


def aimed_at_the_other_side(sentence: Sentence, match: Match, pairs: list, heads: set[int] = frozenset()) -> list:
    """A show of force is aimed at someone: "raised its alert after North Korea's missile test",
    "put its forces on alert as Chinese warships neared": the other state or group the sentence
    names after the trigger, else before it; its own state only when there is none. So is a
    disapproval, rejection or threat that found only its own state ("warned that Moscow would use
    nuclear weapons if Ukraine's offensive succeeded"), unless the text gave it a domestic object."""
    mine = {s.primary for s, _, _ in pairs}
    lower = [t.lower for t in sentence.tokens]
    others = [m for m in sentence.mentions if m.actor is not None and m.kind not in ("pronoun", "place")
              and m.actor.primary not in mine and m.actor.type in ("state", "group", "igo") and not m.locative
              and (m.end >= len(lower) or lower[m.end] not in PLACE_HEADS)  # not "the Saudi city of Jeddah"
              and not goods_sent_elsewhere(lower, sentence.mentions, m)]  # "the transit of Russian gas to Europe"
    joined = joined_clause(lower, heads, match.end)  # "put its army on alert and asked the UN to ...": the UN is asked
    others = [m for m in others if not joined[0] <= m.start < joined[1]]
    after = [m for m in others if m.start >= match.end] or [m for m in others if m.end <= match.start]
    if not after:
        return pairs
    return [(s, ActorRef.of(after[0]), "posture") for s, _, _ in pairs]
