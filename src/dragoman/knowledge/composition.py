"""Composition: a frame act takes its subcode from what it is about.

The codebook builds many subcodes from a frame and a category: an appeal for the
release of persons is 0253, a demand for it 1053, a refusal 1243, an intent 0353;
protests take an issue digit (1411 demonstrate for leadership change, 1431 strike
for it). ``data/lexicon/composition.tsv`` holds these as rows:

| column | meaning |
|---|---|
| ``id`` | unique, ``CODE/short-name`` (``0253/release-persons``); protests ``14x1/...`` |
| ``family`` | the frame: ``appeal`` (02), ``intent`` (03), ``demand`` (10), ``reject`` (12), ``threaten`` (13), ``accuse`` (112), ``protest`` (14); ``warn`` (13): tried before ``threaten`` only when the frame is its own trigger |
| ``cue`` | ``@084`` an inner act whose code starts with 084 (``@0831|@1041``: any of them); else a pattern of the lexicon's language, cue words after the frame ("war crime~") |
| ``code`` | the subcode; ``14*1`` keeps the protest's own third digit (1411, 1421, ... 1451) |
| ``example`` | a sentence of ours the row must code, then `` || SRC>TGT`` (tested) |

Of several act rows of a family, the longest code prefix wins; of cue rows, the
earliest match after the frame (the row earlier in the file on a tie).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KnowledgeBaseError
from .inflect import Irregulars
from .lexicon import Element, _element, _match_from
from .tsv import tsv_records

__all__ = ["FAMILIES", "Composition", "CompositionRow", "family_of", "load_composition", "refines"]

FAMILIES = {"appeal": "02", "intent": "03", "demand": "10", "reject": "12", "threaten": "13", "accuse": "112",
            "protest": "14", "warn": "13"}
# rows tried first when the frame is its own trigger ("warned that it would strike": a warning, 130),
# not when the mood made an act a frame ("vowed to strike")
FRAME_ONLY = {"threaten": "warn"}


def family_of(code: str) -> str | None:
    """The frame family a code belongs to (112x is an accusation; other 11x are not frames)."""
    for family, prefix in FAMILIES.items():
        if family in FRAME_ONLY.values():
            continue
        if code.startswith(prefix):
            return family
    return None


def refines(frame: str, composed: str) -> bool:
    """Whether ``composed`` makes a frame's code more specific: 020 -> 0253, 024 -> 0241, 141 -> 1411;
    not 024 -> 0253 (another category) and not 0253 -> anything else."""
    if composed == frame or len(frame) != 3:
        return False
    return composed.startswith(frame) or (frame[2] == "0" and composed[:2] == frame[:2])


@dataclass(frozen=True, slots=True)
class CompositionRow:
    id: str
    family: str
    cue: str
    code: str  # a subcode; "*" stands for the frame's third digit (protests)
    example: str
    acts: tuple[str, ...] = ()  # inner act code prefixes
    elements: tuple[Element, ...] = ()  # cue words

    def result(self, frame: str) -> str:
        """The subcode for a frame code (``14*1`` on 143 -> 1431)."""
        return self.code.replace("*", frame[2]) if "*" in self.code else self.code

    def produces(self, codes) -> list[str]:
        """The codes of the codebook this row can give."""
        if "*" not in self.code:
            return [self.code] if self.code in codes else []
        return [c for c in (self.code.replace("*", d) for d in "0123456789") if c in codes]


@dataclass(slots=True)
class Composition:
    rows: list[CompositionRow] = field(default_factory=list)
    acts: dict[str, list[tuple[str, CompositionRow]]] = field(default_factory=dict)
    cues: dict[str, dict[str, list[CompositionRow]]] = field(default_factory=dict)

    def add(self, row: CompositionRow) -> None:
        self.rows.append(row)
        for prefix in row.acts:
            self.acts.setdefault(row.family, []).append((prefix, row))
        for form in row.elements[0].forms if row.elements else ():
            self.cues.setdefault(row.family, {}).setdefault(form, []).append(row)

    def for_act(self, family: str, code: str) -> CompositionRow | None:
        """The row for an inner act's code: the longest prefix of the family's act rows."""
        best: tuple[int, CompositionRow] | None = None
        for prefix, row in self.acts.get(family, ()):
            if code.startswith(prefix) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), row)
        return best[1] if best else None

    def for_cue(self, family: str, lower: list[str], start: int, end: int, named=None) -> CompositionRow | None:
        """The first cue row of the family matching in tokens [start, end); ``named(i)``: whether the
        token at ``i`` is part of a name (its cue words name no topic: "the Human Rights Council")."""
        by_first = self.cues.get(family, {})
        for i in range(start, end):
            rows = by_first.get(lower[i], ())
            if rows and named is not None and named(i):
                continue
            for row in rows:
                found = _match_from(row.elements, 1, lower[:end], i + 1, set(), set())
                if found is not None:
                    return row
        return None


def _row(fields: list[str], path: str, number: int, irregulars: Irregulars) -> CompositionRow:
    if len(fields) < 5:
        raise KnowledgeBaseError(path, number, f"a composition row needs 5 tab-separated fields, found {len(fields)}")
    row_id, family, cue, code, example = (f.strip() for f in fields[:5])
    if family not in FAMILIES:
        raise KnowledgeBaseError(path, number, f"row {row_id}: family must be one of {sorted(FAMILIES)}")
    digits = code.replace("*", "")
    if not digits.isdigit() or len(code) not in (3, 4) or not code.startswith(FAMILIES[family][:2]):
        raise KnowledgeBaseError(path, number, f"row {row_id}: '{code}' is not a subcode of {family}")
    if "||" not in example:
        raise KnowledgeBaseError(path, number, f"row {row_id}: the example needs ' || SRC>TGT'")
    if cue.startswith("@"):
        acts = tuple(a.strip().lstrip("@") for a in cue.split("|"))
        if not all(a.isdigit() and 2 <= len(a) <= 4 for a in acts):
            raise KnowledgeBaseError(path, number, f"row {row_id}: '{cue}' is not a list of @codes")
        return CompositionRow(row_id, family, cue, code, example, acts=acts)
    parts = cue.split()
    if not parts or parts[0] == "*":
        raise KnowledgeBaseError(path, number, f"row {row_id}: empty cue or cue starting with *")
    elements = tuple(_element(p, irregulars)[0] for p in parts)
    return CompositionRow(row_id, family, cue, code, example, elements=elements)


def load_composition(path: Path, irregulars: Irregulars) -> Composition:
    """Read the composition table; a malformed or repeated row raises KnowledgeBaseError."""
    composition = Composition()
    for row in tsv_records(path, lambda fields, name, number: _row(fields, name, number, irregulars),
                           "composition row"):
        composition.add(row)
    return composition
