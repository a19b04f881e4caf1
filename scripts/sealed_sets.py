"""The gold sets kept sealed: scored by their totals only, never read item by item or trained on.

The accuracy scripts beside this file refuse them (docs/accuracy.md, "The gold sets").
"""

from __future__ import annotations

from pathlib import Path

SEALED = ("gold_heldout2", "gold_heldout3", "gold_heldout4", "gold_heldout5", "gold_heldout6", "gold_heldout7",
          "gold_conflict_sealed", "gold_conflict_sealed2", "gold_conflict_sealed3",
          "gold_conflict_sealed4", "nonevents")


def is_sealed(path: str | Path) -> bool:
    """Whether ``path`` is one of the sealed sets (by its file name, wherever it lies)."""
    return Path(path).stem in SEALED
