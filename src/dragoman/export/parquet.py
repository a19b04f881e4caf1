"""Parquet export through pyarrow: the same flat columns as the CSV export, typed.

``date`` is a real date column (the first day of the period a month- or year-precise
date stands for; ``date_precision`` says which), beside ``date_text`` as the record has
it; ``first_report`` and ``last_report`` are dates; documents, URLs and evidence
sentences are lists of strings; ``goldstein`` and ``confidence`` floats.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import StoreError
from .columns import CLUSTER_COLUMNS, LIST_COLUMNS, REPORT_COLUMNS, flat

__all__ = ["parquet_chunks", "write_parquet"]

_INTS = {"id", "cluster_id", "sentence", "quad_class", "mentions", "n_documents"}
_FLOATS = {"goldstein", "confidence"}
_DATES = {"date", "first_report", "last_report"}


def _schema(columns: tuple[str, ...], reports: bool):
    import pyarrow as pa

    def kind(name: str):
        if name in _FLOATS:
            return pa.float64()
        if name in _INTS and not (reports and name == "id"):
            return pa.int64()
        if name in _DATES:
            return pa.date32()
        if name in LIST_COLUMNS and not reports:
            return pa.list_(pa.string())
        return pa.string()
    return pa.schema([(c, kind(c)) for c in columns] + [("date_text", pa.string())])


def _day(value: str | None) -> dt.date | None:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD date; None for anything else."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _typed(record: dict[str, Any], reports: bool) -> dict[str, Any]:
    row = flat(record, reports, lists=True)
    row["date_text"] = row.get("date")
    for name in _DATES:
        if name in row:
            row[name] = _day(row[name])
    return row


class _Sink:
    """A write-only file that hands out what was written since it was last asked."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.closed = False
        self.position = 0

    def write(self, data) -> int:
        self.parts.append(bytes(data))
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def take(self) -> bytes:
        out, self.parts = b"".join(self.parts), []
        return out


def parquet_chunks(records: Iterator[dict[str, Any]], reports: bool, chunk: int = 10000) -> Iterator[bytes]:
    """The records as a Parquet file, yielded a row group at a time (``chunk`` rows in memory at most)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("Parquet export needs pyarrow: pip install 'pyarrow>=15,<27'") from None
    schema = _schema(REPORT_COLUMNS if reports else CLUSTER_COLUMNS, reports)
    sink, rows = _Sink(), []
    writer = pq.ParquetWriter(pa.PythonFile(sink, mode="w"), schema)
    for record in records:
        rows.append(_typed(record, reports))
        if len(rows) >= chunk:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            rows = []
            yield sink.take()
    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    writer.close()
    yield sink.take()


def write_parquet(records: Iterator[dict[str, Any]], out: Path | BinaryIO, reports: bool, chunk: int = 10000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("Parquet export needs pyarrow: pip install 'pyarrow>=15,<27'") from None
    schema = _schema(REPORT_COLUMNS if reports else CLUSTER_COLUMNS, reports)
    n, rows = 0, []
    with pq.ParquetWriter(out if not isinstance(out, Path) else str(out), schema) as writer:
        for record in records:
            rows.append(_typed(record, reports))
            n += 1
            if len(rows) >= chunk:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return n
