"""A warning that says what may happen is a forecast, not a threat.

"Aid agencies warned on Tuesday that the drought could push millions into hunger", "the
governor warned that rebels operating next door could move south": "warned that ..." with no
one warned and a clause about what someone else or something may do foretells; it threatens
nobody (the shared gold's README counts forecasts as non-events). A threat names whom it
warns ("warned Serbia on Tuesday that ..."), what the speaker's own side will do ("warned
that its forces would respond"), or a consequence that will follow ("warned that any attack
would be met with force", "warned that the law would put relations at risk"). Only the bare rule
``130/warn``: the lexicon's rules for warnings of sanctions, force or punishment name the threat.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..timex.tables import WEEKDAYS
from .clauses import Structure

__all__ = ["consequence_warning", "forecast_warning"]

_BARE = "130/warn"
_TIME = frozenset({"on", "in", "at", "last", "this", "earlier", "late", "early", "yesterday", "today", "week",
                   "month", *WEEKDAYS,
                   "morning", "afternoon", "evening", "night", "again", "also", "repeatedly", ","})
_CONSEQUENCE = frozenset({"would", "will", "'ll", "must", "shall"})  # a consequence announced, not a possibility
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
    if any(w in _CONSEQUENCE for w in st.lower[j + 1:]):
        return False  # "warned that any attack would be met with an overwhelming response": a threat
    mine = {m.actor.primary for m in sources if m.actor is not None}
    codes = {m.actor.code for m in sources if m.actor is not None}
    opening = next((m for m in st.sentence.mentions if j + 1 <= m.start <= j + 3), None)
    if opening is None or opening.actor is None or opening.actor.primary not in mine:
        return True
    # "the police commander warned that insurgents ... could move south": a role of another kind
    # at home (the state's insurgents) is not the speaker's side
    return opening.kind == "role" and opening.actor.code not in codes


def consequence_warning(st: Structure, match: Match) -> bool:
    """Whether ``match`` is the bare "warned (on Tuesday) that ... would/will ...": "Turkey warned
    that any attack by Greece would be answered" threatens the other side named in the clause."""
    if match.rule.id != _BARE:
        return False
    j = match.end
    while j < len(st.lower) and j - match.end < 5 and st.lower[j] in _TIME:
        j += 1
    return j < len(st.lower) - 1 and st.lower[j] == "that" and any(w in _CONSEQUENCE for w in st.lower[j + 1:j + 25])
