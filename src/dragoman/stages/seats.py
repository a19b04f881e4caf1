"""Talks held at a seat of government are talks with its state (issue 12, branch ``fired``).

"Rutte said after talks at the White House ...", "Orban held talks at the Kremlin": a meeting whose
only other side is named by the seat of government it was held at ("the White House", "the
Kremlin", "the Elysee": the knowledge base's metonyms, read as places after "at") met that state.
Only meetings (root 04) that name no other side, only a seat right after "at" (and an article)
within three words of the trigger, and only a seat of another state than the doers'.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure

__all__ = ["seat_host"]

_REACH = 3  # words from the end of the trigger to "at": "held talks on Friday at the Kremlin"


def seat_host(st: Structure, match: Match, sources: list[Mention]) -> list[Mention]:
    """[the seat mention] for a meeting held "at the Kremlin" with no other side named; [] otherwise."""
    if match.rule.code[:2] != "04" or not sources:
        return []
    lower = st.lower
    mine = {m.actor.primary for m in sources if m.actor is not None}
    start = match.end - 1 if lower[match.end - 1] == "at" else match.end
    for k in range(start, min(start + _REACH + 1, len(lower))):
        if lower[k] != "at":
            continue
        j = k + 1 + (k + 1 < len(lower) and lower[k + 1] == "the")
        seat = st.at_start.get(j)
        if seat is not None and seat.kind == "metonym" and seat.actor is not None \
                and seat.actor.primary not in mine:
            return [seat]
        return []
    return []
