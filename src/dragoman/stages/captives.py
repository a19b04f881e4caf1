"""People whom armed groups "arrest" or "detain": "Militants detained a group of traders at a
checkpoint", "Al Shabaab arrested three men accused of spying".

The codebook's 173 (arrest, detain) is an authority's legal act. Insurgents, gangs, unidentified
gunmen and militias hold no such authority: when they seize people, conflict monitors and the
codebook's 181 (abduct, take hostage) code it as an abduction. A group that governs where it acts
and is named so ("Houthi authorities", "Hamas security forces", "the Taliban administration") keeps
its arrest.
"""

from __future__ import annotations

from .frames import Frame
from ..model import Mention

__all__ = ["armed_detentions"]

_SEIZING = frozenset({"173/arrest", "173/detain", "173/round-up", "173/mass-arrests", "173/take-custody"})
_ARMED = frozenset({"INS", "UAF"})
# words that name a group's rule where it acts: its arrests are an authority's
_AUTHORITY = frozenset({"authorities", "authority", "administration", "government", "police", "security",
                        "court", "courts", "ministry", "officials"})


def _non_state(m: Mention) -> bool:
    actor = m.actor
    if actor is None or not _AUTHORITY.isdisjoint(m.text.lower().split()):
        return False
    return actor.role in _ARMED or actor.role == "REB" and actor.type == "group" \
        or actor.role == "MIL" and "militia" in m.text.lower()


def armed_detentions(code: str, frame: Frame, rule_id: str) -> str:
    """``code`` as 181 for people seized by armed groups with no authority there (module docstring)."""
    if code[:3] != "173" or rule_id.split("+")[0] not in _SEIZING or not frame.sources:
        return code
    return "181" if all(_non_state(m) for m in frame.sources) else code
