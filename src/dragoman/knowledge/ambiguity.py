"""Context rules for names that also mean something else ("Georgia" the US state, "Jordan" a person).

:func:`keep` is asked about every knowledge-base match whose surface form is
listed as ambiguous for its record; it returns False when the context says the
name does not denote that actor. The rules are data, in
``data/actors/ambiguity.tsv``: a surface, where the cue stands (``before``,
``after`` or ``near``) and the cue's tokens, where ``<Name>`` is any
capitalised word that is not a title, weekday, month or sentence opener.

>>> keep("Atlanta , Georgia".split(), 2, 3, {})
False
>>> keep("Michael Jordan scored".split(), 1, 2, {})
False
>>> keep("Jordan closed its border".split(), 0, 1, {})
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError

__all__ = ["Cue", "Cues", "keep", "load_cues", "looks_like_name"]

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "ambiguity.tsv"
_NEAR = 8
_WHERE = ("before", "after", "near")


@dataclass(frozen=True, slots=True)
class Cue:
    where: str  # before | after | near
    tokens: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cues:
    by_surface: dict[str, tuple[Cue, ...]]
    stop: frozenset[str]  # capitalised words that are not names


def load_cues(path: Path) -> Cues:
    """Read a cue file; a malformed line raises KnowledgeBaseError naming file and line."""
    rules: dict[str, list[Cue]] = {}
    stop: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != 3 or not all(cols):
            raise KnowledgeBaseError(str(path), number, "a cue line needs surface, where and cue (tab-separated)")
        surface, where, cue = cols
        if surface == "*" and where == "stop":
            stop.update(cue.split())
        elif where in _WHERE:
            rules.setdefault(surface, []).append(Cue(where, tuple(cue.split())))
        else:
            raise KnowledgeBaseError(str(path), number, f"'where' must be one of {', '.join(_WHERE)}, not '{where}'")
    return Cues({k: tuple(v) for k, v in rules.items()}, frozenset(stop))


@lru_cache(maxsize=4)
def _shipped(path: Path = CUES_FILE) -> Cues:
    return load_cues(path)


def keep(toks: list[str], start: int, end: int, record: dict[str, Any], cues: Cues | None = None) -> bool:
    """Whether ``toks[start:end]`` denotes ``record`` here (True unless a cue says otherwise)."""
    cues = cues or _shipped()
    rules = cues.by_surface.get(" ".join(toks[start:end]), ())
    return not any(_fires(rule, toks, start, end, cues.stop) for rule in rules)


def looks_like_name(tok: str, cues: Cues | None = None) -> bool:
    """A capitalised word that could be a first name or surname, not a title, a day or an opener."""
    return _is_name(tok, (cues or _shipped()).stop)


def _fires(cue: Cue, toks: list[str], start: int, end: int, stop: frozenset[str]) -> bool:
    n = len(cue.tokens)
    if cue.where == "before":
        return start >= n and _at(cue.tokens, toks, start - n, stop)
    if cue.where == "after":
        return end + n <= len(toks) and _at(cue.tokens, toks, end, stop)
    lo, hi = max(0, start - _NEAR), min(len(toks), end + _NEAR)
    return any(_at(cue.tokens, toks, i, stop) for i in range(lo, hi - n + 1)
               if i + n <= start or i >= end)


def _at(pattern: tuple[str, ...], toks: list[str], i: int, stop: frozenset[str]) -> bool:
    return all(_token_fits(p, toks[i + k], stop) for k, p in enumerate(pattern))


def _token_fits(pattern: str, tok: str, stop: frozenset[str]) -> bool:
    if pattern == "<Name>":
        return _is_name(tok, stop)
    return pattern == tok


def _is_name(tok: str, stop: frozenset[str]) -> bool:
    """A capitalised word that could be a first name or surname ("Michael", "Peterson", "O'Keeffe")."""
    letters = tok.replace("'", "").replace("-", "")
    return (letters.isalpha() and tok[:1].isupper() and not tok.isupper()
            and tok not in stop)
