"""Subcodes: a root-level act takes the codebook's subcode from what the sentence says of it.

Many rules can only give a root's general code: "opened an investigation" is 090 until
the object says what is investigated ("into war crimes": 094), "struck" is 190 until
the sentence names the weapon ("in a string of air strikes": 195). The codebook has a
subcode for each of these; ``data/lexicon/subcodes.tsv`` holds them as rows:

| column | meaning |
|---|---|
| ``id`` | unique, ``CODE/short-name`` (``094/war-crimes``) |
| ``from`` | the code refined (``090``), or a rule id (``050/become-member``) |
| ``scope`` | ``after``: the words after the trigger, to the end of its clause; ``before``: the words before it, back to the start of its clause (the subject); ``around``: both, and the trigger's own words; ``sentence``: the whole sentence |
| ``cue`` | words in the lexicon's pattern language (``war crime~``); several patterns separated by `` ; `` |
| ``code`` | the subcode; it must keep the root of ``from`` |
| ``example`` | a sentence of ours the row must code, then `` || SRC>TGT`` (tested) |

Rows are tried in file order; the first whose ``from`` and cue match wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KnowledgeBaseError
from .inflect import Irregulars
from .lexicon import Element, _element, _match_from
from .tsv import tsv_records

__all__ = ["SCOPES", "SubcodeRow", "Subcodes", "load_subcodes"]

SCOPES = ("after", "before", "around", "sentence")


@dataclass(frozen=True, slots=True)
class SubcodeRow:
    id: str
    source: str  # a code ("090") or a rule id ("050/become-member")
    scope: str
    cue: str
    code: str
    example: str
    patterns: tuple[tuple[Element, ...], ...] = ()

    def found(self, lower: list[str], start: int, end: int) -> bool:
        """Whether one of the cue's patterns matches somewhere in tokens [start, end)."""
        window = lower[:end]
        return any(lower[i] in elements[0].forms and _match_from(elements, 1, window, i + 1, set(), set()) is not None
                   for elements in self.patterns for i in range(start, end))


@dataclass(slots=True)
class Subcodes:
    rows: list[SubcodeRow] = field(default_factory=list)
    by_source: dict[str, list[SubcodeRow]] = field(default_factory=dict)  # code or rule id -> rows
    _merged: dict[tuple[str, str], tuple[SubcodeRow, ...]] = field(default_factory=dict, compare=False, repr=False)

    def add(self, row: SubcodeRow) -> None:
        self.rows.append(row)
        self.by_source.setdefault(row.source, []).append(row)
        self._merged.clear()

    def for_event(self, code: str, rule: str) -> Sequence[SubcodeRow]:
        """The rows that may refine an event of ``code`` produced by ``rule``, in file order (the
        merged order of a code's and a rule's rows is kept per pair, dropped when a row is added; read
        only: the sequence is shared by later calls)."""
        by_code, by_rule = self.by_source.get(code, []), self.by_source.get(rule, []) if rule else []
        if not by_rule:
            return by_code
        merged = self._merged.get((code, rule))
        if merged is None:
            merged = self._merged[(code, rule)] = tuple(sorted(by_code + by_rule, key=self.rows.index))
        return merged


def _row(fields: list[str], path: str, number: int, irregulars: Irregulars) -> SubcodeRow:
    if len(fields) < 6:
        raise KnowledgeBaseError(path, number, f"a subcode row needs 6 tab-separated fields, found {len(fields)}")
    row_id, source, scope, cue, code, example = (f.strip() for f in fields[:6])
    if scope not in SCOPES:
        raise KnowledgeBaseError(path, number, f"row {row_id}: scope must be one of {list(SCOPES)}")
    root = source.split("/")[0][:2]
    if not code.isdigit() or len(code) not in (3, 4) or code[:2] != root:
        raise KnowledgeBaseError(path, number, f"row {row_id}: '{code}' is not a code of root {root}")
    if "||" not in example:
        raise KnowledgeBaseError(path, number, f"row {row_id}: the example needs ' || SRC>TGT'")
    patterns = []
    for pattern in cue.split(";"):
        parts = pattern.split()
        if not parts or parts[0] == "*" or parts[-1] == "*":
            raise KnowledgeBaseError(path, number, f"row {row_id}: empty cue, or a cue that starts or ends with *")
        patterns.append(tuple(_element(p, irregulars)[0] for p in parts))
    return SubcodeRow(row_id, source, scope, cue, code, example, tuple(patterns))


def load_subcodes(path: Path, irregulars: Irregulars) -> Subcodes:
    """Read the subcode table; a malformed or repeated row raises KnowledgeBaseError."""
    table = Subcodes()
    if not path.is_file():
        return table
    for row in tsv_records(path, lambda fields, name, number: _row(fields, name, number, irregulars),
                           "subcode row"):
        table.add(row)
    return table
