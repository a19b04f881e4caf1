"""Exports as a stream of bytes (for HTTP downloads): the same rows as the files, never all in memory."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import StoreError
from .columns import CLUSTER_COLUMNS, REPORT_COLUMNS, flat

__all__ = ["STREAM_FORMATS", "stream"]

STREAM_FORMATS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
                  "parquet": "application/vnd.apache.parquet"}


def _csv(records: Iterable[dict[str, Any]], reports: bool, batch: int) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REPORT_COLUMNS if reports else CLUSTER_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for n, record in enumerate(records, 1):
        writer.writerow(flat(record, reports))
        if n % batch == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def _jsonl(records: Iterable[dict[str, Any]], batch: int) -> Iterator[bytes]:
    lines: list[str] = []
    for record in records:
        lines.append(json.dumps(record, ensure_ascii=False))
        if len(lines) >= batch:
            yield ("\n".join(lines) + "\n").encode()
            lines = []
    if lines:
        yield ("\n".join(lines) + "\n").encode()


def stream(records: Iterable[dict[str, Any]], fmt: str, reports: bool = False, batch: int = 1000) -> Iterator[bytes]:
    """The records as ``fmt`` (csv, jsonl or parquet), a batch of rows (a Parquet row group) at a time."""
    if fmt == "csv":
        return _csv(records, reports, batch)
    if fmt == "jsonl":
        return _jsonl(records, batch)
    if fmt == "parquet":
        from .parquet import parquet_chunks

        return parquet_chunks(records, reports, chunk=max(batch, 1000))
    raise StoreError(f"unknown download format {fmt!r}; use one of {', '.join(STREAM_FORMATS)}")
