"""Killings that armed men call executions: "soldiers executed nine civilians near Mopti",
"militants executed five villagers".

The codebook's 175 (violent repression) is a state punishing its people; the rule ``175/execute``
reads "Iran executed two protesters" so. When the doers are armed forces, rebels, insurgents or
gunmen and the dead are civilians named by a role (villagers, civilians, residents), no state
punishes anyone: armed men kill noncombatants, unconventional violence (180), as conflict monitors
and the codebook's 18x code it ("summarily executed"). Rebels, insurgents or gunmen who execute
people the text names by no actor ("two elders", "a man") are no state either: 180.
"""

from __future__ import annotations

from .event_codes import armed
from .frames import Frame

__all__ = ["armed_executions"]

_EXECUTE_RULES = frozenset({"175/execute", "175/execute-people"})
_DOERS = frozenset({"MIL", "REB", "INS", "UAF"})
_NON_STATE = frozenset({"REB", "INS", "UAF"})


def armed_executions(code: str, frame: Frame, rule_id: str) -> str:
    """``code`` as 180 for an execution of civilians by armed men (see the module's docstring)."""
    if code != "175" or rule_id not in _EXECUTE_RULES or not frame.sources:
        return code
    if not all(armed(m) or (m.actor is not None and m.actor.role in _DOERS) for m in frame.sources):
        return code
    people = [m for m in frame.targets if m.kind != "place" and not m.locative]
    if not people and all(m.actor is not None and m.actor.role in _NON_STATE for m in frame.sources):
        return "180"  # "al-Shabaab militants executed two elders": no actor named, no state punishing
    if frame.targets and all(m.actor is not None and m.actor.role == "CVL" and m.kind == "role" for m in frame.targets):
        return "180"
    return code
