"""The state that owns a weapon or a strike named as a noun: "a Russian drone", "Israeli air strikes".

"A Turkish drone hit a car near Qamishli", "Saudi-led coalition airstrikes hit a market near
Hajjah": a nominal act of violence whose noun phrase opens with a state's name or demonym is that
state's act. Without this the act reads as having no doer named, and the fallback gives it an
unnamed doer of the scene's state: the victims' state attacking itself (UKR→UKR, YEM→YEM).
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure

__all__ = ["owner_of_weapon"]

# words that may stand between the owner and the weapon noun: "Saudi-led coalition", "FPV", "military"
_BETWEEN = frozenset({"-", "led", "coalition", "military", "army", "navy", "air", "force", "forces", "naval",
                      "kamikaze", "attack", "combat", "armed", "fighter", "guided", "cruise", "ballistic",
                      "artillery", "rocket", "missile", "drone", "and", "fresh", "new", "overnight", "heavy"})
_MAX_GAP = 3


def owner_of_weapon(st: Structure, match: Match) -> Mention | None:
    """The state mention that modifies the noun of ``match`` from inside its noun phrase, if any:
    "a Russian FPV drone", "US-led coalition aircraft". A place ("in Syria"), a possessive
    ("Syria's airstrikes" has its own frame) or a mention outside the phrase is not its owner."""
    k = match.start - 1
    gap = 0
    while k >= 0 and gap <= _MAX_GAP:
        mention = st.at_end.get(k)
        if mention is not None:
            actor = mention.actor
            if actor is None or actor.type != "state" or mention.locative or mention.possessive \
                    or mention.kind not in ("demonym", "name"):
                return None
            return mention
        word = st.lower[k]
        if word not in _BETWEEN and not (st.sentence.tokens[k].text.isupper() and word.isalpha()):
            return None  # "FPV", "UAV": an acronym of the weapon's kind
        k -= 1
        gap += 1
    return None
