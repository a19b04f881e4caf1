"""Violence within one body: "Party youths attacked other party youths", "ZANU-PF supporters beat
rival ZANU-PF supporters". Source and target carry the same name, so the events stage would take the pair for one
actor named twice; "other", "rival" or "fellow" before the target says they are two groups."""

from __future__ import annotations

from ..model import Mention

__all__ = ["other_members"]

_OTHER = frozenset({"other", "rival", "fellow"})


def other_members(lower: list[str], targets: list[Mention], name: str) -> bool:
    """Whether a target named ``name`` is marked as another group of the same body."""
    return any(m.text == name and m.start > 0 and lower[m.start - 1] in _OTHER for m in targets)
