"""Context rules for names that also mean something else ("Georgia" the US state, "Jordan" a person).

:func:`keep` is asked about every knowledge-base match whose surface form is
listed as ambiguous for its record; it returns False when the context says the
name does not denote that actor.
"""

from __future__ import annotations

from typing import Any

__all__ = ["keep"]


def keep(toks: list[str], start: int, end: int, record: dict[str, Any]) -> bool:
    """Whether ``toks[start:end]`` denotes ``record`` here (True unless a rule says otherwise)."""
    return True
