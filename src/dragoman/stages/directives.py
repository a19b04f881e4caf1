"""A directive's causer does the act it directs: "the Security Council authorised a Kenyan-led force to
help Haiti", "judges at the ICC authorised prosecutors to investigate crimes against the Rohingya", "she
had instructed her foreign minister to establish relations with China". The act after "to" is done, not
a purpose, and its doer is the subject of the directive verb, not the agent it empowers (its object).
A state named as the object is left alone ("authorised Ukraine to strike targets in Russia": a
permission, not the authoriser's strike).
"ordered X to V" is not here: the rule `100/order-to` reads it as a demand on X."""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure

__all__ = ["directive_before"]

DIRECTIVES = frozenset({"authorised", "authorized", "authorises", "authorizes", "authorise", "authorize",
                        "authorising", "authorizing", "instructed", "instructs", "instruct", "instructing",
                        "mandated", "mandates", "mandating", "empowered", "empowers", "empower", "tasked"})
_STOPS = frozenset({",", ".", ";", ":", "to", "and", "or", "that", "which", "who", "by", "but", '"'})
_REACH = 7  # words between the directive and "to": "authorised a Kenyan-led multinational force to"


def directive_before(st: Structure, match: Match) -> int | None:
    """The index of a directive verb whose object (one to seven words) ends at the "to" right before the
    trigger, or None. Read only when that word is "to"."""
    k = match.start - 1
    if k < 2 or st.lower[k] != "to":
        return None
    for j in range(k - 1, max(-1, k - 2 - _REACH), -1):
        word = st.lower[j]
        if word in DIRECTIVES:
            return j if j < k - 1 and not _state_named(st, j, k) else None
        if word in _STOPS:
            return None
    return None


def _state_named(st: Structure, verb: int, to: int) -> bool:
    """The object after the directive is a state by its name or capital ("Ukraine", "Kyiv on Sunday")."""
    k = verb + 1 + (st.lower[verb + 1] == "the")
    mention = st.at_start.get(k)
    return mention is not None and mention.end <= to and mention.kind in ("name", "capital") \
        and mention.actor is not None
