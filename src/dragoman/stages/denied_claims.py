"""A claim named with where it was made: "denied reports on rebel websites that X had overrun Y".

The mood of a "that" clause is read from the few words before "that" ("denied reports that",
"did not confirm claims that"); a phrase after the claim noun that says where or by whom it was
made ("reports in local media", "claims by the rebels") moves the governing verb out of that reach.
:func:`claim_start` gives the claim noun's position, so the words before it are read instead.
"""

from __future__ import annotations

from .fronted import _SAYINGS

__all__ = ["claim_start"]

_REACH = 8  # tokens between the claim noun and "that"
_STOPS = frozenset({",", ";", ":", "(", ")", "that", "which", "who", "and", "but", "or"})


def claim_start(lower: list[str], that: int) -> int:
    """The claim noun before the "that" at ``that`` with only a phrase after it ("reports on X
    websites that"), else ``that`` itself."""
    for k in range(that - 1, max(-1, that - _REACH - 1), -1):
        if lower[k] in _SAYINGS:
            return k
        if lower[k] in _STOPS:
            break
    return that
