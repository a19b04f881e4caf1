"""Armed forces arriving in another country to help it are not a diplomatic visit.

"Russian paratroopers arrived in Kazakhstan ... at President Tokayev's request to help
quell unrest": the visit rules (042, "arrived in") read a journey; when the travellers
are the source state's armed forces and the sentence says they come to help (a request,
an invitation, to restore order, to assist), CAMEO codes the act as military protection
or peacekeeping (074).
"""

from __future__ import annotations

import re

from ..model import Event

__all__ = ["armed_help"]

_VISIT = "042"
_HELP = re.compile(r"\b(at the (?:request|invitation) of|at [\w.' -]{0,60}(?:request|invitation)|invited by"
                   r"|to help|to assist|to restore (?:law and )?order|to protect|to secure|to guard"
                   r"|to shore up|to bolster|to reinforce"
                   r"|to (?:lead|join) (?:an? |the )?[\w' -]{0,40}(?:force|mission|contingent|coalition|battlegroup)"
                   r"|peacekeep\w*|stabili[sz]ation"
                   r"|as part of (?:an? |the )?[\w' -]{0,40}(?:force|mission|contingent|coalition))\b", re.IGNORECASE)
# troops sent into another state (not to a border): with a purpose of help, military protection (074)
_DEPLOYS = frozenset({"154/deploy-troops", "154/order-troops-to", "154/send-troops-and-arms",
                      "153/deploy-police"})  # "deploying soldiers and police to Mozambique ... to help"
_BORDER = re.compile(r"\b(?:border|borders|frontier)\b", re.IGNORECASE)


_ARMED = ("troops", "soldiers", "paratroopers", "forces", "marines", "servicemen", "sailors", "warships",
          "army", "navy", "military", "contingent", "battalion", "battalions", "peacekeepers", "police")


def armed_help(event: Event, sentence_text: str) -> bool:
    """Whether a visit, or a deployment of troops into another state, is the source's armed forces
    coming to help the host: "Kenyan troops were deployed to eastern Congo as part of a regional force"."""
    deployment = event.code in ("153", "154") and event.rule.split("+")[0] in _DEPLOYS
    if event.source.primary == event.target.primary or (not deployment and event.code != _VISIT) \
            or not _HELP.search(sentence_text):  # the search last: most events are neither
        return False
    if deployment:
        return _BORDER.search(sentence_text) is None  # "troops to the border with X" are a show of force
    if event.source.code.endswith("MIL"):
        return True
    # "Russian paratroopers": an actor adjective before an armed noun the roles do not list
    armed = "|".join(_ARMED)
    pattern = rf"\b{re.escape(event.source.mention)}(?:[- ]led)?\s+(?:[\w-]+\s+){{0,2}}?(?:{armed})\b"
    return re.search(pattern, sentence_text, re.IGNORECASE) is not None
