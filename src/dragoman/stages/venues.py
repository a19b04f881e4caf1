"""A place named as the venue of a meeting is where an act happens, not whom it is aimed at.

"Qatar and Kuwait pledged $300 million at a conference in Geneva", "announced new aid at a
summit in Brussels": the city after "a conference/summit/meeting in" hosts the act; it is not
its target. Violence keeps the place where it lands ("struck a wedding party in Kandahar").
"""

from __future__ import annotations

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure

__all__ = ["destination_of_a_way", "in_a_channel", "venue_between"]

_VENUES = frozenset({"conference", "summit", "meeting", "forum", "gathering", "ceremony", "session", "assembly",
                     "convention", "congress", "event", "rally", "sidelines", "donors", "pledging"})


def venue_between(st: Structure, match: Match, mention: Mention) -> bool:
    """Whether a venue noun stands between a non-violent trigger and the place after it."""
    if match.rule.code[:2] in VIOLENT_ROOTS:
        return False
    between = st.lower[match.end:mention.start]
    return any(w in _VENUES for w in between) or channel(between)


_THROUGH = frozenset({"through", "via"})
_CHANNELS = frozenset({"embassy", "embassies", "mission", "consulate", "channels", "channel", "intermediaries"})


def channel(words: list[str]) -> bool:
    """"lodged a protest through its embassy in Beijing": the place locates the channel the act went
    through, not whom it is aimed at (issue 12, actors3)."""
    return any(w in _THROUGH for w in words) and any(w in _CHANNELS for w in words)



def in_a_channel(st: Structure, mention: Mention) -> bool:
    """A mention inside "through its embassy (in X)", "via diplomatic channels": the way an act
    went, not its target."""
    words = st.lower[max(0, mention.start - 5):mention.end]
    return any(w in _THROUGH for w in words) and (
        any(w in _CHANNELS for w in words) or mention.text.lower().split()[-1] in _CHANNELS)


_WAYS = frozenset({"road", "roads", "highway", "highways", "motorway", "route", "routes", "railway", "crossing",
                   "crossings", "bridge", "border", "corridor", "link"})


def destination_of_a_way(st: Structure, mention: Mention, code: str) -> bool:
    """"protesters blocked the main highway to Austria": the state after "to" only says where the way
    leads; a protest's blockade of it is no act on that state (it stays at home). Protests only:
    "reopened the corridor to Armenian traffic", "began building a railway to Afghanistan" are acts
    on the state the way serves."""
    k = mention.start
    return code[:2] == "14" and k >= 2 and st.lower[k - 1] == "to" and st.lower[k - 2] in _WAYS \
        and not mention.possessive
