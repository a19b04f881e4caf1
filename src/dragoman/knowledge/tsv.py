"""The tab-separated data files of the knowledge base, read one way."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Callable, TypeVar

from ..errors import KnowledgeBaseError

T = TypeVar("T")

__all__ = ["tsv_records", "tsv_rows"]


def tsv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each data row: blank lines, ``#`` comments and an ``id`` header
    are skipped; fields are split at tabs only (no quoting)."""
    with path.open(encoding="utf-8", newline="") as fh:
        for number, fields in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if fields and fields[0].strip() and not fields[0].startswith("#") and fields[0] != "id":
                yield number, fields


def tsv_records(path: Path, parse: Callable[[list[str], str, int], T], what: str) -> Iterator[T]:
    """Each data row parsed as ``parse(fields, file, line)``; a row id (``.id``) repeated within
    the file raises KnowledgeBaseError naming the file, the line and ``what`` the row is."""
    seen: set[str] = set()
    for number, fields in tsv_rows(path):
        record = parse(fields, str(path), number)
        if record.id in seen:
            raise KnowledgeBaseError(str(path), number, f"duplicate {what} id {record.id}")
        seen.add(record.id)
        yield record
