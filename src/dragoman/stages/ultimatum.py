"""An act announced on a condition the other side must meet is an ultimatum (139).

"Spain said it would recognise the opposition leader unless Caracas called an election",
"Washington will impose tariffs if Bogota does not take the flights back": the announcement
is not the act (nothing is decided yet) but a threat with a deadline or condition, which
the codebook codes as an ultimatum. Conditions the doer sets itself ("will attend if
invited") are not ultimatums: the condition must be a refusal or a failure of the other
side ("unless ...", "if ... not / fails / refuses").
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure
from .mood import REPORTING

__all__ = ["ULTIMATUM", "conditional_threat", "ultimatum"]

ULTIMATUM = "139"
_REACH = 25  # tokens after the trigger within which the condition follows
_ENDS = frozenset({";", ".", "but", "while", "whereas"})
_FAILING = frozenset({"not", "n't", "fails", "failed", "fail", "refuses", "refused", "refuse", "declines",
                      "declined"})


def ultimatum(st: Structure, match: Match) -> bool:
    """Whether an "unless" or a negative "if" condition follows the trigger in its sentence."""
    for k in range(match.end, min(len(st.lower), match.end + _REACH)):
        word = st.lower[k]
        if word in _ENDS:
            return False
        if word == "unless":
            return True
        if word == "if" and any(w in _FAILING for w in st.lower[k + 1:k + 7]):
            return True
    return False


_MAY = frozenset({"could", "may", "might"})
_SPEAKERS = frozenset({"it", "they", "he", "she", "we"})
_HOSTILE = frozenset({"16", "17"})  # reducing relations (aid, ties), coercion (sanctions)


def conditional_threat(st: Structure, match: Match, cue: str | None) -> bool:
    """"The EU said it could withhold development funds from Burundi unless the violence stopped":
    a speaker's own hostile act, made possible on a failure of the other side, is a threat (13),
    not a hypothetical."""
    if cue not in _MAY or match.rule.code[:2] not in _HOSTILE:
        return False
    lower = st.lower
    for i in range(match.start - 1, max(0, match.start - 4), -1):
        if lower[i] == cue:
            own = lower[i - 1] in _SPEAKERS and any(w in REPORTING for w in lower[:i - 1])
            return own and ultimatum(st, match)
    return False
