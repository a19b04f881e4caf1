"""Parquet export through pyarrow: the same flat columns as the CSV export, typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .columns import CLUSTER_COLUMNS, REPORT_COLUMNS, flat

__all__ = ["parquet_chunks", "write_parquet"]

_INTS = {"id", "cluster_id", "sentence", "quad_class", "mentions", "n_documents"}
_FLOATS = {"goldstein", "confidence"}


def _schema(columns: tuple[str, ...], reports: bool):
    import pyarrow as pa

    def kind(name: str):
        if name in _FLOATS:
            return pa.float64()
        if name in _INTS and not (reports and name == "id"):
            return pa.int64()
        return pa.string()
    return pa.schema([(c, kind(c)) for c in columns])


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
        rows.append(flat(record, reports))
        if len(rows) >= chunk:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            rows = []
            yield sink.take()
    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    writer.close()
    yield sink.take()


def write_parquet(records: Iterator[dict[str, Any]], out: Path, reports: bool, chunk: int = 10000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("Parquet export needs pyarrow: pip install 'pyarrow>=15,<27'") from None
    schema = _schema(REPORT_COLUMNS if reports else CLUSTER_COLUMNS, reports)
    n, rows = 0, []
    with pq.ParquetWriter(str(out), schema) as writer:
        for record in records:
            rows.append(flat(record, reports))
            n += 1
            if len(rows) >= chunk:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return n
