"""A place captured is territory occupied (192).

"Malian troops recaptured Kidal on Tuesday": the rule ``190/capture`` reads a capture, which is
use of force (190) until its object says what was taken. When the object is a named place (the
target was read from a town, a region or a capital), the codebook's occupation of territory (192)
is the act, as ``192/seize-territory`` codes it for a noun of territory ("captured several
villages"). A person or a unit captured ("captured the rebel commander") stays 190.
Called from the ``subcodes`` stage for events of code 190 only.
"""

from __future__ import annotations

from ..model import Event

__all__ = ["OCCUPY", "ROW", "captured_place"]

OCCUPY = "192"
ROW = "192/captured-place"
_CAPTURES = frozenset({"190/capture"})  # rules whose object is what was taken


def captured_place(event: Event, gazetteer) -> bool:
    """Whether ``event`` (code 190) is a capture whose target is named by a place of its own state."""
    if event.rule.split("+")[0] not in _CAPTURES:
        return False
    target = event.target
    if target.id.startswith("PLACE:"):
        return target.mention == target.name  # the place itself, not a role in it ("rebels in X")
    if gazetteer is None or not target.mention[:1].isupper():
        return False  # a capital read as its government ("captured Tripoli") is still the city
    return any(p.country == target.primary for p in gazetteer.lookup(tuple(target.mention.split())))
