"""What a description says of the state it stands for (issue 12, precision).

"the North African kingdom" after Morocco and Western Sahara is Morocco: a kingdom, and in North
Africa. A description whose head names a form of state ("kingdom", "emirate") or whose modifiers
name a region ("Gulf", "Baltic", "Central American") passes over an earlier state that is neither,
when an earlier state that is fits. Facts of geography and government, not of any text.
"""
from __future__ import annotations

from ..model import Mention

# forms of state: heads of a description ("the kingdom"); "the hermit kingdom" is North Korea
_FORMS = {
    "kingdom": frozenset({"GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "MAR", "SAU", "JOR", "BHR", "THA",
                          "KHM", "BTN", "LSO", "SWZ", "TON", "PRK"}),
    "emirate": frozenset({"ARE", "QAT", "KWT"}),
    "sultanate": frozenset({"OMN", "BRN"}),
}
# regions: modifiers of a description ("the Gulf state", "the Central American country")
_REGIONS = {
    ("north", "african"): frozenset({"MAR", "DZA", "TUN", "LBY", "EGY", "MRT", "SDN"}),
    ("gulf",): frozenset({"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}),
    ("baltic",): frozenset({"EST", "LVA", "LTU"}),
    ("central", "american"): frozenset({"GTM", "BLZ", "HND", "SLV", "NIC", "CRI", "PAN"}),
    ("central", "asian"): frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"}),
    ("nordic",): frozenset({"NOR", "SWE", "DNK", "FIN", "ISL"}),
    ("balkan",): frozenset({"SRB", "BIH", "MNE", "MKD", "ALB", "XKX", "HRV", "BGR", "GRC", "SVN", "ROU"}),
    ("west", "african"): frozenset({"NGA", "GHA", "SEN", "MLI", "BFA", "NER", "CIV", "GIN", "SLE", "LBR",
                                    "TGO", "BEN", "GMB", "GNB", "CPV", "MRT"}),
    ("east", "african"): frozenset({"KEN", "UGA", "TZA", "RWA", "BDI", "ETH", "SOM", "DJI", "ERI", "SSD"}),
}


def _states(mention: Mention) -> frozenset[str] | None:
    """The states a description can stand for, or None when it says nothing of form or region."""
    words = mention.text.lower().replace("-", " ").split()
    if not words:
        return None
    wanted = _FORMS.get(words[-1])
    for key, states in _REGIONS.items():
        if any(tuple(words[k:k + len(key)]) == key for k in range(len(words) - len(key))):
            wanted = states if wanted is None else wanted & states
    return wanted


def passes_over(mention: Mention, earlier: Mention, history: list[Mention]) -> bool:
    """Whether the description skips ``earlier``: it says what the state is, ``earlier`` is not
    that, and some state in ``history`` is (else the old nearest-state choice stands)."""
    if mention.kind != "description" or earlier.actor is None:
        return False
    wanted = _states(mention)
    if not wanted or earlier.actor.primary in wanted:
        return False
    return any(m.actor is not None and m.actor.primary in wanted for m in history)
