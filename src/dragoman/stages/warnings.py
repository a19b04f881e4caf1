"""A warning that says what may happen is a forecast, not a threat.

"Aid agencies warned on Tuesday that the drought could push millions into hunger", "the
governor warned that rebels operating next door could move south": "warned that ..." with no
one warned and a clause about what someone else or something may do foretells; it threatens
nobody (the shared gold's README counts forecasts as non-events). A threat names whom it
warns ("warned Serbia on Tuesday that ...") or what the speaker's own side will do ("warned
that its forces would respond", "warned that Tehran would retaliate"). Only the bare rule
``130/warn``: the lexicon's rules for warnings of sanctions, force or punishment name the threat.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure

__all__ = ["forecast_warning"]

_BARE = "130/warn"
_TIME = frozenset({"on", "in", "at", "last", "this", "earlier", "late", "early", "yesterday", "today", "week",
                   "month", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "morning", "afternoon", "evening", "night", "again", "also", "repeatedly", ","})
_OWN_SIDE = frozenset({"it", "its", "we", "our", "they", "their", "he", "his", "she", "her", "i"})


def forecast_warning(st: Structure, match: Match, sources: list) -> bool:
    """Whether ``match`` is "warned (on Tuesday) that ..." addressed to no one, whose clause opens
    with neither the speaker's pronoun nor the speaker's own state or body."""
    if match.rule.id != _BARE:
        return False
    j = match.end
    while j < len(st.lower) and j - match.end < 5 and st.lower[j] in _TIME:
        j += 1
    if j >= len(st.lower) - 1 or st.lower[j] != "that":
        return False
    first = st.lower[j + 1]
    if first in _OWN_SIDE:
        return False
    mine = {m.actor.primary for m in sources if m.actor is not None}
    opening = next((m for m in st.sentence.mentions if j + 1 <= m.start <= j + 3), None)
    return not (opening is not None and opening.actor is not None and opening.actor.primary in mine)
