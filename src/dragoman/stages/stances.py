"""A state named in a stance is no actor (issue 12, precision).

"pro-Russian separatists", "anti-American protesters", "a pro-Western party": the demonym or name
after "pro-" or "anti-" says what the people favour or oppose, not whose they are. The people are
then placed as any unnamed group is (the scene's state): "pro-Russian rebels near Donetsk" are
Ukraine's, as the field codes them.
"""
from __future__ import annotations

_STANCES = frozenset({"pro", "anti"})
_DASHES = frozenset({"-", "‑"})


def stance_at(toks: list, start: int) -> bool:
    """Whether the name at token ``start`` follows a joined "pro-" or "anti-" ("pro-Russian")."""
    if start < 2 or toks[start - 1].text not in _DASHES or toks[start - 2].lower not in _STANCES:
        return False
    return toks[start - 2].end == toks[start - 1].start and toks[start - 1].end == toks[start].start
