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

__all__ = ["ULTIMATUM", "ultimatum"]

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
