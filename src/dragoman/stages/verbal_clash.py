"""A clash of words between governments is no battle.

"Spain and Portugal clashed over fishing quotas", "the Dutch premier clashed with the Polish
president over migration at the summit": governments, leaders or blocs that clash over a topic
disagree; a sentence that names no force, no fighters and no toll tells of no armed clash, and the
verb's battle (190) is dropped. A clash of troops, police, armed groups or crowds stays a clash
("Armenian and Azerbaijani forces clashed over the enclave, killing four").
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure, clause_of
from .conflict import ATTACK_WORDS

__all__ = ["verbal_clash"]

_CLASH_RULES = frozenset({"190/clash"})
# what a clash of words is about: "over" a topic, or where it took place ("at the summit")
_ABOUT = frozenset({"over"})
_TALK_VENUES = frozenset({"talks", "summit", "summits", "meeting", "meetings", "session", "sessions", "debate",
                          "debates", "conference", "negotiations", "hearing", "hearings", "forum", "assembly"})
# words of force, fighters and tolls beside the attack words: any one keeps the clash a battle
_FORCE_WORDS = ATTACK_WORDS - {"clash", "clashed", "clashes", "clashing"} | {"killed", "killing", "dead", "died", "deaths", "wounded", "wounding", "injured",
                               "injuring", "troops", "soldiers", "forces", "army", "armies", "navy", "guards",
                               "border", "borders", "frontier", "fire", "fired", "firing", "fighters", "fighting",
                               "militia", "militias", "police", "weapons", "armed", "casualties",
                               "tanks", "jets", "warships", "villages", "town", "positions", "front"}
# agent roles of governing sides: the state itself, its government, legislature, courts, parties, elites
_GOVERNING = frozenset({"", "GOV", "LEG", "JUD", "PTY", "ELI"})
_ARMED_IGO = frozenset({"MIL", "PKO"})  # peacekeepers and a bloc's troops clash with arms


def _governing(m: Mention) -> bool:
    return m.actor is not None and (m.actor.type == "igo" and not _ARMED_IGO & {(m.actor.code or "")[k:k + 3] for k in range(3, 12, 3)}
                                    or m.actor.type in ("state", "person") and (m.actor.code or "")[3:6] in _GOVERNING)


def verbal_clash(st: Structure, match: Match, sides: list[Mention]) -> bool:
    """Whether ``match`` is the verb "clash" between governing sides over a topic or at talks, in a
    sentence with no word of force."""
    if match.rule.id not in _CLASH_RULES or not sides or not all(_governing(m) for m in sides):
        return False
    if not _FORCE_WORDS.isdisjoint(st.lower):
        return False
    _, end = clause_of(st, match.head)
    after = st.lower[match.end:end]
    return not _ABOUT.isdisjoint(after) or not _TALK_VENUES.isdisjoint(after)
