"""The tab-separated data files of the knowledge base, read one way."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

__all__ = ["tsv_rows"]


def tsv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each data row: blank lines, ``#`` comments and an ``id`` header
    are skipped; fields are split at tabs only (no quoting)."""
    with path.open(encoding="utf-8", newline="") as fh:
        for number, fields in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if fields and fields[0].strip() and not fields[0].startswith("#") and fields[0] != "id":
                yield number, fields
