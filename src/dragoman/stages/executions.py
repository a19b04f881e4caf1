"""Killings that armed men call executions: "soldiers executed nine civilians near Mopti",
"militants executed five villagers".

The codebook's 175 (violent repression) is a state punishing its people; the rule ``175/execute``
reads "Iran executed two protesters" so. When the doers are armed forces, rebels, insurgents or
gunmen and the dead are civilians named by a role (villagers, civilians, residents), no state
punishes anyone: armed men kill noncombatants, unconventional violence (180), as conflict monitors
and the codebook's 18x code it ("summarily executed").
"""

from __future__ import annotations

from .event_codes import armed
from .frames import Frame

__all__ = ["armed_executions"]

_EXECUTE_RULES = frozenset({"175/execute", "175/execute-people"})
_DOERS = frozenset({"MIL", "REB", "INS", "UAF"})


def armed_executions(code: str, frame: Frame, rule_id: str) -> str:
    """``code`` as 180 for an execution of civilians by armed men (see the module's docstring)."""
    if code != "175" or rule_id not in _EXECUTE_RULES or not frame.sources or not frame.targets:
        return code
    if not all(armed(m) or (m.actor is not None and m.actor.role in _DOERS) for m in frame.sources):
        return code
    if all(m.actor is not None and m.actor.role == "CVL" and m.kind == "role" for m in frame.targets):
        return "180"
    return code
