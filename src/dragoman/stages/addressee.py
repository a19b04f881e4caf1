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
    if match.start < 3 or lower[match.start - 1] not in ("was", "were", "been"):
        return None
    first = st.at_start.get(0) or st.at_start.get(1)
    if first is not None and first.actor is not None and first.end + 1 < match.start \
            and lower[first.end] in ("'s", "’s") and any(w in _PROPOSALS for w in lower[first.end + 1:first.end + 3]):
        return first
    return None
