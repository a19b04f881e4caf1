"""Parquet export through pyarrow: the same flat columns as the CSV export, typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .columns import CLUSTER_COLUMNS, REPORT_COLUMNS, flat

__all__ = ["write_parquet"]

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
