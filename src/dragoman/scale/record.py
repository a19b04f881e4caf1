"""One query interface, two implementations: the SQLite store and a Parquet dataset read by DuckDB.

Both answer ``execute(sql, params)`` with rows readable by position and by
column name, over tables named ``documents``, ``events`` and ``clusters``; the
queries in :mod:`dragoman.store.queries` and :mod:`dragoman.analysis` are
written once and run on either.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

__all__ = ["Record", "open_record"]


class Record(Protocol):
    """What the queries need of a record (``sqlite3.Connection`` is one)."""

    def execute(self, sql: str, params: Sequence[Any] = ...) -> Any: ...


def open_record(db: str | Path, parquet: str | Path | None = None) -> Record:
    """The Parquet dataset at ``parquet`` when given (through DuckDB), else the store at ``db``."""
    if parquet:
        from .duck import open_dataset

        return open_dataset(parquet)
    from ..store import connect

    return connect(db, create=False)
