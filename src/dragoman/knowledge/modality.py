"""Governors: words that change what a trigger after them asserts.

``data/lexicon/modality.tsv`` lists patterns (the lexicon's pattern language)
with an effect on an event trigger that follows them in its clause:

- ``negate``: "not", "never", "failed to" — the act did not happen;
- ``hypothetical``: "could", "may", "if", "is expected to", "hopes to" — not asserted;
- ``intent``: "vowed to", "pledged to" — an intent (CAMEO 03 / 13);
- ``announce``: "will", "is set to" — an act officially announced or decided (kept, code unchanged);
- ``threat``: "threatened to" — a threat (CAMEO 13);
- ``refuse``: "refused to", "declined to", "will not" — a rejection (CAMEO 12);
- ``block``: "urged ... to", "accused ... of", "denied" — the act is someone else's claim or wish;
- ``actual``: "agreed to", "decided to" — asserted as done or decided.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KnowledgeBaseError
from .inflect import Irregulars
from .lexicon import Element, _element, _match_from
from .tsv import tsv_rows

__all__ = ["EFFECTS", "Governor", "Governors", "load_governors"]

EFFECTS = frozenset({"negate", "hypothetical", "intent", "threat", "refuse", "block", "announce", "actual"})


@dataclass(frozen=True, slots=True)
class Governor:
    pattern: str
    elements: tuple[Element, ...]
    effect: str


@dataclass(slots=True)
class Governors:
    by_first: dict[str, list[Governor]] = field(default_factory=dict)

    def find(self, lower: list[str], start: int, end: int) -> list[tuple[int, Governor]]:
        """Governors whose match starts within tokens [start, end), in order."""
        found: list[tuple[int, Governor]] = []
        for i in range(start, end):
            for gov in self.by_first.get(lower[i], ()):
                if _match_from(gov.elements, 1, lower, i + 1, set(), set()) is not None:
                    found.append((i, gov))
                    break
        return found


def load_governors(path: Path, irregulars: Irregulars) -> Governors:
    governors = Governors()
    for number, row in tsv_rows(path):
        if len(row) < 2 or row[1].strip() not in EFFECTS:
            raise KnowledgeBaseError(str(path), number, f"needs a pattern and one of {sorted(EFFECTS)}")
        elements = tuple(_element(p, irregulars)[0] for p in row[0].split())
        gov = Governor(row[0], elements, row[1].strip())
        for form in elements[0].forms:
            governors.by_first.setdefault(form, []).append(gov)
    return governors
