"""Whom a request, demand, offer or rejection is addressed to when its clause does not name it.

"India's demand ... was presented to Britain": the addressee of an act the sentence says was
delivered to someone. "Ankara's request to extradite the cleric was turned down by Washington",
"rejected an offer from Brazil": a rejection is addressed to whoever made what it rejects.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure

__all__ = ["delivered_to", "proposer"]


_DELIVERED = frozenset({"delivered", "handed", "presented", "conveyed", "submitted", "transmitted", "sent"})


def delivered_to(st: Structure, match: Match) -> Mention | None:
    """"India's demand for the extradition ... was presented to Britain": the addressee of a request,
    demand or decision that the sentence says was delivered, handed or conveyed to someone."""
    lower = st.lower
    for k in range(match.end, len(lower) - 2):
        if lower[k] in (";", ":") or lower[k] == "," and k > match.end + 12:
            return None
        if lower[k] in _DELIVERED and lower[k - 1] in ("was", "were", "formally", "officially", "personally") \
                and lower[k + 1] == "to":
            mention = st.at_start.get(k + 2)
            return mention if mention is not None and mention.actor is not None else None
    return None


_PROPOSALS = frozenset({"request", "requests", "offer", "offers", "proposal", "proposals", "call", "calls",
                        "demand", "demands", "plan", "plans", "bid", "bids", "appeal", "appeals", "application",
                        "invitation", "initiative", "plea", "pleas"})


_OFFERED = frozenset({"offered", "proposed", "drafted", "tabled", "submitted", "presented", "floated",
                      "suggested", "brokered", "put"})
_OFFER_REACH = 8  # words from the rejection to the participle that names who proposed its object


def _offered_by(st: Structure, match: Match) -> Mention | None:
    """"rejected the timetable drafted by ECOWAS", "a compromise put forward by the EU": the actor
    after the participle's "by", when no stop or other actor comes between the rejection and it."""
    lower = st.lower
    for k in range(match.end, min(match.end + _OFFER_REACH, len(lower) - 2)):
        if k in st.stops or k in st.blocked:
            return None
        if lower[k] in _OFFERED:
            j = k + 2 if lower[k] == "put" and lower[k + 1] == "forward" else k + 1
            if j >= len(lower) or lower[j] != "by":
                return None
            j += 1
            while j < len(lower) and lower[j] in ("the", "a", "an", "its", "their"):
                j += 1
            mention = st.at_start.get(j)
            return mention if mention is not None and mention.actor is not None else None
    return None


def proposer(st: Structure, match: Match) -> Mention | None:
    """Who made the request, offer or call a rejection rejects: the possessor of the proposal that opens
    a passive sentence ("Niger's request ... was rejected by the World Bank"), or the actor right after
    "from" or "by" behind the proposal noun ("rejected an offer from Brazil")."""
    lower = st.lower
    for k in range(match.end, min(match.end + 5, len(lower) - 2)):
        if lower[k] in _PROPOSALS and lower[k + 1] in ("from", "by"):
            mention = st.at_start.get(k + 2) or st.at_start.get(k + 3) if lower[k + 2:k + 3] == ["the"] \
                else st.at_start.get(k + 2)
            return mention if mention is not None and mention.actor is not None else None
    offered = _offered_by(st, match)
    if offered is not None:
        return offered
    if match.start < 3 or lower[match.start - 1] not in ("was", "were", "been"):
        return None
    first = st.at_start.get(0) or st.at_start.get(1)
    if first is not None and first.actor is not None and first.end + 1 < match.start \
            and lower[first.end] in ("'s", "’s") and any(w in _PROPOSALS for w in lower[first.end + 1:first.end + 3]):
        return first
    return None
