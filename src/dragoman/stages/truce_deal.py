"""An agreement signed to end the fighting is a truce (0871), however far its purpose stands.

"Armenia and Azerbaijan signed a Moscow-brokered agreement in the early hours of Tuesday to end
six weeks of fighting": the signing (057) names what it agrees in a purpose infinitive, and an
agreement to end, halt or stop the fighting, or to silence the guns, is the codebook's
declaration of a truce (0871), as the rule ``0871/deal-to-end-fighting`` codes it when the purpose
follows the agreement closely. Dates, places and a broker between the two put the purpose
beyond that rule's gap; this looks for it in the rest of the signing's clause. A peace
agreement, treaty or accord is a settlement and stays a formal agreement (057) whatever it ends.
Called from the ``subcodes`` stage for events of code 057 only.
"""

from __future__ import annotations

__all__ = ["TRUCE", "truce_deal"]

TRUCE = "0871"
ROW = "0871/deal-to-end-fighting"
_ENDING = frozenset({"end", "halt", "stop", "cease", "silence"})
_FIGHTING = frozenset({"fighting", "hostilities", "war", "guns", "clashes", "conflict", "combat"})
# a war of another kind is no fighting ("to end their trade war")
_NOT_FIGHTING = frozenset({"trade", "tariff", "tariffs", "price", "currency", "cold", "legal", "culture", "chip",
                           "tech", "gas", "oil", "propaganda", "media", "diplomatic", "economic", "cyber"})
_VERB_GAP = 2  # adverbs between "to" and the verb ("to permanently silence")
_OBJECT_GAP = 5  # words between the verb and what it ends ("to end six weeks of fighting")


def truce_deal(trigger: str, lower: list[str], start: int, end: int) -> bool:
    """Whether tokens [start, end) of a signing's clause say it was signed to end the fighting
    (``trigger``: the signing's own words; a peace agreement is no truce)."""
    if "peace" in trigger.lower():
        return False
    for i in range(start, end - 1):
        if lower[i] != "to":
            continue
        verb = next((j for j in range(i + 1, min(i + 2 + _VERB_GAP, end)) if lower[j] in _ENDING), None)
        if verb is not None and any(lower[k] in _FIGHTING and lower[k - 1] not in _NOT_FIGHTING
                                    for k in range(verb + 1, min(verb + 2 + _OBJECT_GAP, end))):
            return True
    return False
