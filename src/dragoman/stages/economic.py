"""What sanctions target is no attack, and sanctions in force are no new sanctions.

"The EU imposed sanctions on Belarus, targeting its potash and oil industries", "an executive
order allowing Washington to target the country's gold sector": in a sentence about sanctions,
embargoes or tariffs, "target" names what the measures hit, not an armed attack (190).

"calls to align with the bloc's sanctions against Russia", "comply with UN sanctions against
North Korea", "evaded US sanctions on Iran": sanctions that someone obeys, joins, breaks or
evades are in force already; the sentence reports no one imposing them (163).
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure, before_phrase

__all__ = ["measures_in_force", "measures_target"]

_TARGET_RULES = frozenset({"190/target"})
_MEASURES = ("sanction", "embargo", "tariff", "blacklist", "export control", "asset freeze", "executive order",
             "price cap")


def measures_target(st: Structure, match: Match) -> bool:
    """Whether ``match`` is a bare "target" in a sentence that names economic measures."""
    if match.rule.id not in _TARGET_RULES:
        return False
    text = " ".join(st.lower)
    return any(word in text for word in _MEASURES)


_NOUN_RULES = frozenset({"163/sanctions-noun"})
_OBEYED = ("compl", "align", "abid", "adher", "accordance", "violat", "evad", "evasion", "circumvent", "bypass",
           "breach", "break", "bust", "flout", "defy", "defi", "skirt", "dodg", "enforc", "respect", "observ")
_NP = frozenset({"the", "a", "an", "its", "their", "his", "her", "'s", "’s", "existing", "international", "western",
                 "economic", "financial", "tough", "sweeping", "current"})


def measures_in_force(st: Structure, match: Match) -> bool:
    """Whether ``match`` is a sanctions noun that a verb of obeying, joining or breaking governs
    ("align with the bloc's sanctions", "evade US sanctions"): sanctions in force, not imposed."""
    if match.rule.id not in _NOUN_RULES:
        return False
    j = before_phrase(st, match.start, _NP, 5)
    if j >= 0 and st.lower[j] in ("with", "to", "of", "by") and j > 0:
        j -= 1  # "comply with", "adhere to", "in violation of"
    return j >= 0 and st.lower[j].startswith(_OBEYED)
