"""A leader who says that their own state, named, "would" act announces the act.

"Prime Minister X said on Monday that Norway would recognise a Palestinian state" is Norway's
decision announced by its own head of government (the README's announcements are acts), as
"said it would recognise" already is (:func:`dragoman.stages.mood.mood_of`, where a pronoun or
"his government" before "would" marks the speaker's own decision). When the subject of "would" is
a state named by name, the speaker is checked: a person of that state, or the state itself, named
just before the reporting verb. "Moscow said Kabul would ..." stays Moscow's stated intent about
another state; "said the United States would continue to support" stays a stance.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure
from .mood import REPORTING, Mood

__all__ = ["own_state_announces"]

_STANCE = frozenset({"continue", "keep", "seek", "try", "work", "strive", "consider", "support", "help", "stand",
                     "remain", "not", "never", "like", "prefer", "welcome", "be", "do", "have", "also"})
_HOPES = frozenset({"hope", "hoped", "hopes", "hoping", "expect", "expected", "expects", "believe", "believed",
                    "believes", "think", "thinks", "thought", "predicted", "feared", "fears", "wished"})
_CONDITIONS = frozenset({"once", "if", "unless", "until", "till", "when", "after", "provided", "should"})
# a coercive act said so is a threat (13); aid said so is a pledge (033, "offer, promise or pledge")
_COOPERATIVE = frozenset({"02", "03", "04", "05", "06", "08", "09"})
_REACH = 12  # tokens from "would" back to the reporting verb
_SPEAKER_GAP = 2  # tokens between the speaker's name and the reporting verb ("X, Y's president, said")


def own_state_announces(st: Structure, match: Match, sources: list[Mention], mood: Mood) -> bool:
    """Whether the intent read from "would" is the speaker's own state's announced decision."""
    if mood.effect != "intent" or mood.cue != "would" or not sources or match.rule.code[:2] not in _COOPERATIVE:
        return False
    source = sources[0]
    if source.actor is None or source.actor.type != "state" or source.kind not in ("name", "capital"):
        return False
    lower = st.lower
    would = next((k for k in range(match.start - 1, max(-1, match.start - 5), -1) if lower[k] == "would"), None)
    if would is None or lower[would + 1] in _STANCE:
        return False
    if any(w in _CONDITIONS for w in lower[match.end:match.end + _REACH]):
        return False  # "would recognise Israel once Israel recognised ...": a condition
    verb = next((k for k in range(min(would, source.start) - 1, max(-1, would - _REACH), -1)
                 if lower[k] in REPORTING), None)
    if verb is None or any(w in _HOPES for w in lower[verb:would]):
        return False
    speaker = _speaker(st, verb)
    return speaker is not None and speaker == source.actor.primary


def _speaker(st: Structure, verb: int) -> str | None:
    """The state of the actor named just before the reporting verb at ``verb``."""
    for k in range(verb - 1, max(-1, verb - 1 - _SPEAKER_GAP), -1):
        mention = st.at_end.get(k)
        if mention is None:
            continue
        actor = mention.actor
        if actor is None or mention.locative or mention.kind == "place":
            return None
        if actor.type == "person":
            return actor.country
        return actor.primary if actor.type == "state" else None
    return None
