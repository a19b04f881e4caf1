"""A wire dateline names the place of the report: "NAIROBI - Protesters stormed ...".

The capital letters of "KABUL -", "NEW DELHI (Reuters) -" or "NAIROBI, Kenya -" hide the place from
the name index, which knows "Kabul"; and a place there is where the act happens, not an actor. The
actors stage reads the dateline's words in their ordinary case and marks the place it finds as a
location, so that "protesters", "police" or "gunmen" of the sentence take its state, as they take
the state of "in Nairobi".
"""

from __future__ import annotations

__all__ = ["dateline_length", "dateline_words"]

_ENDS = frozenset({"-", "(", ",", "—", "–"})


def dateline_length(texts: list[str]) -> int:
    """How many all-capital words open the sentence before "-", "(" or ","; 0 when none do."""
    k = 0
    while k < min(len(texts), 4) and texts[k].isalpha() and texts[k].isupper() and len(texts[k]) > 1:
        k += 1
    return k if k and k < len(texts) and texts[k] in _ENDS else 0


def dateline_words(texts: list[str], known: set | dict | frozenset) -> list[str]:
    """``texts`` with the dateline's words in ordinary case ("KABUL" -> "Kabul") when its first word
    is known only in that case; an acronym the index knows as written ("NATO", "US") stays."""
    n = dateline_length(texts)
    if not n:
        return texts
    if texts[0] in known or texts[0].title() not in known:
        return texts
    return [t.title() if k < n else t for k, t in enumerate(texts)]  # "NEW DELHI" -> "New Delhi"
