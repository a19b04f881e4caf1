"""Exports of stored events: CSV, JSON Lines, Parquet and GDELT-style TSV.

>>> from dragoman.store import connect
>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "events.csv")
>>> export(connect(":memory:"), "csv", path)
0
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from ..errors import StoreError
from ..store.queries import Filters, events
from .columns import CLUSTER_COLUMNS, REPORT_COLUMNS, flat, neutral
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


@contextlib.contextmanager
def _opened(out: Path | None) -> Iterator[IO[str]]:
    """The output file, or stdout when ``out`` is None (``-o -``)."""
    if out is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with out.open("w", encoding="utf-8", newline="") as fh:
        yield fh


def _csv(records: Iterator[dict[str, Any]], out: Path | None, reports: bool, safe: bool) -> int:
    n = 0
    with _opened(out) as fh:
        writer = csv.DictWriter(fh, fieldnames=REPORT_COLUMNS if reports else CLUSTER_COLUMNS)
        writer.writeheader()
        for n, record in enumerate(records, 1):
            writer.writerow(flat(record, reports, safe=safe))
    return n


def _jsonl(records: Iterator[dict[str, Any]], out: Path | None) -> int:
    n = 0
    with _opened(out) as fh:
        for n, record in enumerate(records, 1):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n


def _gdelt(records: Iterator[dict[str, Any]], out: Path | None, safe: bool) -> int:
    n = 0
    with _opened(out) as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                            escapechar="\\")
        for n, record in enumerate(records, 1):
            row = gdelt_row(record)
            writer.writerow([neutral(v) for v in row] if safe else row)
    return n


def _refuse_overwrite(out: Path, store: str | Path | None) -> None:
    """Never write over the store (or its journal) or over any SQLite file."""
    if store is not None and str(store) != ":memory:":
        for name in (str(store), f"{store}-wal", f"{store}-shm", f"{store}-journal"):
            if os.path.abspath(out) == os.path.abspath(name) or (
                    out.exists() and Path(name).exists() and os.path.samefile(out, name)):
                raise StoreError(f"{out} is the store itself; export to another file")
    if out.is_file():
        with out.open("rb") as fh:
            if fh.read(16) == b"SQLite format 3\x00":
                raise StoreError(f"{out} is an SQLite database; dragoman does not write an export over it")


def export(conn: sqlite3.Connection, fmt: str, output: str | Path, filters: Filters | None = None,
           *, reports: bool = False, store: str | Path | None = None, safe_csv: bool = True) -> int:
    """Write the matching events to ``output`` (``-``: stdout) in ``fmt``; returns the number of rows.

    ``store`` is the store's path: the export refuses to write over it, as over any SQLite file.
    CSV and GDELT cells that start like a formula are neutralised unless ``safe_csv`` is false.
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    out = None if str(output) == "-" else Path(output)
    if out is not None:
        if out.parent and not out.parent.exists():
            raise StoreError(f"cannot write {out}: the folder {out.parent} does not exist")
        _refuse_overwrite(out, store)
    records = _records(conn, filters or Filters(), reports)
    if fmt == "csv":
        return _csv(records, out, reports, safe_csv)
    if fmt == "jsonl":
        return _jsonl(records, out)
    if fmt == "gdelt":
        return _gdelt(records, out, safe_csv)
    from .parquet import write_parquet

    return write_parquet(records, out if out is not None else sys.stdout.buffer, reports)
