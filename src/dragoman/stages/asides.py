"""A list aside between an object and its destination: "sent aid, including food and blankets,
to Myanmar", "sold weapons, such as tanks and jets, to India".

The comma that ends the object clause usually ends the search for a target ("demanded that Chile
and Peru halt, said ..."). A comma that opens an aside listing what the object holds, closed by
a second comma before a preposition, does not: the phrase after the aside still belongs to the
verb. Only an aside that names no actor is skipped, so its members never become targets.
"""

from __future__ import annotations

from .clauses import Structure, clause_of

__all__ = ["aside_length", "comma_past_aside", "past_aside"]

_OPENERS = (("including",), ("such", "as"), ("among", "them"), ("mostly",), ("mainly",))
_FIRST = frozenset(o[0] for o in _OPENERS)
_REACH = 12  # tokens an aside may span
_PREPS = frozenset({"to", "for", "into", "with"})


def past_aside(st: Structure, end: int) -> int:
    """Where the object clause ending at ``end`` really ends: ``end`` itself, or when the comma at
    ``end`` opens an aside without actors closed by ", to/for ...", the end of the clause after it."""
    close = _aside_close(st, end)
    return end if close is None else clause_of(st, close + 1)[1]


def comma_past_aside(st: Structure, comma: int, end: int) -> int:
    """The first comma that ends the object (``comma``, or the next one after such an aside)."""
    close = _aside_close(st, comma)
    return comma if close is None else next((k for k in range(close + 1, end) if st.lower[k] == ","), end)


def aside_length(st: Structure, start: int) -> int:
    """Tokens of such an aside opening within a few words of ``start`` (0 when there is none): the
    reach for an object grows by them."""
    comma = next((k for k in range(start, min(len(st.lower), start + 4)) if st.lower[k] == ","), None)
    close = None if comma is None else _aside_close(st, comma)
    return 0 if close is None else close - comma + 1


def _aside_close(st: Structure, comma: int) -> int | None:
    """The comma closing an aside opened at ``comma`` ("including"/"such as" ...) that names no
    actor and is followed by a preposition of destination, else None."""
    if comma >= len(st.lower) - 1 or st.lower[comma] != "," or st.lower[comma + 1] not in _FIRST \
            or not any(tuple(st.lower[comma + 1:comma + 1 + len(o)]) == o for o in _OPENERS):
        return None
    stop = min(len(st.lower) - 1, comma + _REACH)
    # the aside may itself be a list: "including tents, medicines and hygiene kits, to Kabul"
    close = next((k for k in range(comma + 1, stop) if st.lower[k] in (";", ".")
                  or st.lower[k] == "," and st.lower[k + 1] in _PREPS), None)
    if close is None or st.lower[close] != ",":
        return None
    if any(k in st.at_start and st.at_start[k].actor is not None for k in range(comma + 1, close)):
        return None
    return close
