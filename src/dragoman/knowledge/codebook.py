"""The CAMEO codebook: every code with its label, Goldstein weight, quad class and PLOVER type."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from ..errors import KnowledgeBaseError

__all__ = ["CONTENTIOUS_ROOTS", "Code", "FORCIBLE_ROOTS", "VIOLENT_ROOTS", "load_codebook"]

VIOLENT_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, unconventional mass violence: force used
FORCIBLE_ROOTS = frozenset({"17", "18", "19", "20"})  # coercion (arrests, seizures) and force
CONTENTIOUS_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})  # protest up to mass violence


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    root: str
    label: str
    goldstein: float
    quad: int
    plover: str
    plover_mode: str

    def event_fields(self) -> dict[str, str | float | int]:
        """The fields an event coded with this code takes from it (``dataclasses.replace(event,
        **entry.event_fields(), rule=...)``): its code, root, label, quad class, Goldstein score and PLOVER category."""
        return {"code": self.code, "root": self.root, "label": self.label, "quad_class": self.quad,
                "goldstein": self.goldstein, "plover": self.plover}


def load_codebook(path: Path) -> dict[str, Code]:
    """Codes by code string; a malformed line raises KnowledgeBaseError naming it."""
    codes: dict[str, Code] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        for number, row in enumerate(reader, 2):
            try:
                code = Code(row["code"], row["root"], row["label"], float(row["goldstein"]),
                            int(row["quad"]), row["plover"], row.get("plover_mode") or "")
            except (KeyError, TypeError, ValueError) as exc:
                raise KnowledgeBaseError(str(path), number, f"bad codebook row ({exc})") from None
            codes[code.code] = code
    return codes
