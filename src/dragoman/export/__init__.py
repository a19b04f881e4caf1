"""Exports of stored events: CSV, JSON Lines, Parquet and GDELT-style TSV.

>>> from dragoman.store import connect
>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "events.csv")
>>> export(connect(":memory:"), "csv", path)
0
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..store.queries import Filters, events
from .columns import CLUSTER_COLUMNS, REPORT_COLUMNS, flat
from .gdelt import GDELT_COLUMNS, gdelt_row

__all__ = ["EXPORT_FORMATS", "GDELT_COLUMNS", "export"]

EXPORT_FORMATS = ("csv", "jsonl", "parquet", "gdelt")
_PAGE = 5000


def _records(conn: sqlite3.Connection, filters: Filters, reports: bool) -> Iterator[dict[str, Any]]:
    """Every matching record, a page at a time (``filters.limit`` caps the total)."""
    left = filters.limit
    offset = filters.offset
    while left is None or left > 0:
        size = _PAGE if left is None else min(_PAGE, left)
        page = events(conn, replace(filters, limit=size, offset=offset), reports=reports)
        yield from page
        if len(page) < size:
            return
        offset += size
        left = None if left is None else left - size


def _csv(records: Iterator[dict[str, Any]], out: Path, reports: bool) -> int:
    n = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=REPORT_COLUMNS if reports else CLUSTER_COLUMNS)
        writer.writeheader()
        for n, record in enumerate(records, 1):
            writer.writerow(flat(record, reports))
    return n


def _jsonl(records: Iterator[dict[str, Any]], out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for n, record in enumerate(records, 1):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n


def _gdelt(records: Iterator[dict[str, Any]], out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                            escapechar="\\")
        for n, record in enumerate(records, 1):
            writer.writerow(gdelt_row(record))
    return n


def export(conn: sqlite3.Connection, fmt: str, output: str | Path, filters: Filters | None = None,
           *, reports: bool = False) -> int:
    """Write the matching events to ``output`` in ``fmt``; returns the number of rows written."""
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    out = Path(output)
    if out.parent and not out.parent.exists():
        raise StoreError(f"cannot write {out}: the folder {out.parent} does not exist")
    records = _records(conn, filters or Filters(), reports)
    if fmt == "csv":
        return _csv(records, out, reports)
    if fmt == "jsonl":
        return _jsonl(records, out)
    if fmt == "gdelt":
        return _gdelt(records, out)
    from .parquet import write_parquet

    return write_parquet(records, out, reports)
