""""The North" and "the South" for the two Koreas, in a report that names one of them.

Wire copy on Korea names the states once and then says "the South returned fire", "China,
the North's main ally": the capitalised half after "the", with no name after it ("the South
China Sea", "the North Atlantic") and no "of" ("the South of France"), is marked by the
actors stage and resolved by coref only when a Korean state was named before in the text.
"""

from __future__ import annotations

from ..model import Actor, Mention

__all__ = ["HALF", "half_named", "resolve_half"]

HALF = "half-"
_HALVES = {"North": "PRK", "South": "KOR"}
_KOREAS = frozenset(_HALVES.values())


def half_named(toks: list[str], lower: list[str], i: int) -> tuple[int, int, str] | None:
    """(start, end, label) of "the North"/"the South" at token ``i``, or None."""
    if toks[i] not in _HALVES or i == 0 or lower[i - 1] != "the":
        return None
    after = toks[i + 1] if i + 1 < len(toks) else ""
    if after[:1].isupper() or lower[i + 1:i + 2] == ["of"] or after in ("-",):
        return None
    return i, i + 1, HALF + toks[i].lower()


def resolve_half(mention: Mention, history: list[Mention]) -> None:
    """Give "the North"/"the South" its Korea when one of the two was named before."""
    if not any(m.actor is not None and m.actor.primary in _KOREAS for m in history):
        return
    primary = _HALVES[(mention.role or "")[len(HALF):].title()]
    mention.actor = Actor(primary, primary, primary, primary, "state")
    mention.resolved_from = mention.text
