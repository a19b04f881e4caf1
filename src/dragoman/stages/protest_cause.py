"""A protest or a strike named as the cause or the setting of what the report tells.

Conflict notes often tell a protest only through what it did: "post offices stayed shut in a town
due to protest sit-ins", "schools were closed because of a teachers' strike", "in ongoing violent
protests, trucks were burnt near a town". The protest noun then heads no clause of its own, and
:func:`.conflict.main_act` reads it as background. A protest given as the cause ("due to", "because
of", "owing to") or as the fronted setting ("In ongoing protests, ...") of a main clause is happening
when the report is written: it is the act the report is about. Only protest acts (root 14) are read
so; a war word in the same place stays background ("closed due to fighting" names no doer).
"""

from __future__ import annotations

__all__ = ["protest_cause"]

_CAUSES = frozenset({("due", "to"), ("because", "of"), ("owing", "to")})
# words that may stand between the cause and the protest noun: "due to the ongoing protest sit-ins"
_BETWEEN = frozenset({"the", "a", "an", "ongoing", "continuing", "renewed", "fresh", "violent", "mass", "several",
                      "protest", "protests", "strike", "strikes", "workers'", "teachers'", "students'", "doctors'",
                      "nurses'", "indefinite", "sit-in", "sit-ins", "days", "of", "weeks", "street"})
_SETTING = frozenset({"ongoing", "continuing", "renewed", "fresh", "violent", "the", "mass", "angry"})
_BACKGROUND = frozenset({"last", "earlier", "previous", "past", "recent", "former", "year", "years", "ago", "since"})


def protest_cause(lower: list[str], start: int, trigger_start: int, code: str) -> bool:
    """Whether a protest noun at ``trigger_start`` is the cause ("closed due to protest sit-ins") or the
    fronted setting ("In ongoing violent protests, buses were burnt") of its sentence's main clause,
    ``start`` being where that clause begins; never a past one ("due to last year's strikes")."""
    if code[:2] != "14" or trigger_start < 1:
        return False
    for k in range(trigger_start - 1, max(0, trigger_start - 6), -1):
        if (lower[k - 1], lower[k]) in _CAUSES:
            return not _BACKGROUND & set(lower[k:trigger_start])
        if lower[k] not in _BETWEEN:
            break
    if lower[start] == "in" and all(w in _SETTING for w in lower[start + 1:trigger_start]):
        end = trigger_start + 1
        while end < len(lower) and end - trigger_start <= 3 and lower[end] not in (",",):
            end += 1
        return end < len(lower) and lower[end] == "," and not _BACKGROUND & set(lower[trigger_start:end])
    return False
