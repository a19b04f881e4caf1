"""What sanctions target is no attack.

"The EU imposed sanctions on Belarus, targeting its potash and oil industries", "an executive
order allowing Washington to target the country's gold sector": in a sentence about sanctions,
embargoes or tariffs, "target" names what the measures hit, not an armed attack (190).
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure

__all__ = ["measures_target"]

_TARGET_RULES = frozenset({"190/target"})
_MEASURES = ("sanction", "embargo", "tariff", "blacklist", "export control", "asset freeze", "executive order",
             "price cap")


def measures_target(st: Structure, match: Match) -> bool:
    """Whether ``match`` is a bare "target" in a sentence that names economic measures."""
    if match.rule.id not in _TARGET_RULES:
        return False
    text = " ".join(st.lower)
    return any(word in text for word in _MEASURES)
