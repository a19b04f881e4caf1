"""A state named inside what is shared or discussed is no party to it (issue 12, wrong actors).

"Japan and South Korea began sharing data on Chinese missile tests", "Britain agreed to share
intelligence on Russian troop movements with France", "exchanged information about Iranian drone
shipments": the demonym qualifies the subject matter of the information; the act is between the
states that share it, not on the state the information is about. Cooperation only (roots 03-06):
an inquiry into, or a complaint about, a state's acts is aimed at that state.

Reads the two words before the mention: no scan of the sentence.
"""

from __future__ import annotations

from ..model import Mention
from .clauses import Structure

__all__ = ["goods_sent_elsewhere", "subject_of_information"]

_INFORMATION = frozenset({"data", "intelligence", "information", "details", "info", "imagery", "assessments",
                          "findings", "research", "reports", "evidence", "knowledge", "expertise", "lessons"})
_ABOUT = frozenset({"on", "about", "regarding", "concerning", "of"})
_COOPERATION = ("03", "04", "05", "06")


def subject_of_information(st: Structure, mention: Mention, code: str) -> bool:
    """Whether ``mention`` is a demonym (or a name used as one) qualifying the topic of shared
    information: "data on [Chinese] missile tests"; the noun it qualifies follows it."""
    k = mention.start
    if code[:2] not in _COOPERATION or k < 2 or mention.possessive or mention.kind not in ("demonym", "name") \
            or st.lower[k - 1] not in _ABOUT or st.lower[k - 2] not in _INFORMATION:
        return False
    after = st.lower[mention.end] if mention.end < len(st.lower) else ""
    return after.isalpha() and after not in ("and", "or", "to", "with", "from", "in", "on", "for", "by")


_FLOWS = frozenset({"transit", "transits", "shipment", "shipments", "supplies", "supply", "deliveries", "delivery",
                    "flow", "flows", "exports", "export", "transport", "sale", "sales"})
_REGIONS = frozenset({"europe", "asia", "africa", "the"})  # "to Europe", "to the EU"
_GOODS_REACH = 4  # "the transit of Russian natural gas to Europe"


def goods_sent_elsewhere(lower: list[str], mentions: list[Mention], mention: Mention) -> bool:
    """"threatened to halt the transit of [Russian] gas to Europe": a demonym on goods whose flow to
    another actor the act is about names their origin, not the act's target; the destination is.
    Goods with no destination ("banned imports of Russian coal") keep their state as the target."""
    k = mention.start
    if k < 2 or mention.kind != "demonym" or lower[k - 1] != "of" or lower[k - 2] not in _FLOWS:
        return False
    for j in range(mention.end, min(len(lower) - 1, mention.end + _GOODS_REACH)):
        if lower[j] == "to":  # a destination named: an actor, or a region such as "Europe"
            return any(m.start in (j + 1, j + 2) and m.actor is not None for m in mentions) \
                or j + 1 < len(lower) and lower[j + 1] in _REGIONS
        if not lower[j].isalpha():
            return False
    return False
