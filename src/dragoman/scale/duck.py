"""The record as a Parquet dataset, read through DuckDB with the store's own queries.

:func:`open_dataset` gives an object that answers ``execute(sql, params)`` as an
SQLite connection does (rows by position and by name), over views named as the
store's tables (``documents``, ``events``, ``clusters``; ``rowid`` is the input
order). So :mod:`dragoman.store.queries` and :mod:`dragoman.analysis` run
unchanged on either: each query is written once (:func:`_dialect` renames the one
function the two spell differently). Text search (``--search``)
needs SQLite's full-text index: bring the slice into a store with
``dragoman store load``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import StoreError

__all__ = ["DuckRecord", "Row", "open_dataset"]

_VIEWS = {
    "documents": "SELECT d.* EXCLUDE (month), d.seq AS rowid"
                 " FROM read_parquet('{root}/documents/*/*.parquet', hive_partitioning = true, union_by_name = true) d"
                 " ANTI JOIN read_parquet('{root}/links/dropped.parquet') x ON x.seq = d.seq",
    "events": "SELECT e.* EXCLUDE (cluster_id, location, evidence, location_json, month), l.cluster_id,"
              " e.location_json AS location, e.evidence AS evidence_text, e.seq AS rowid"
              " FROM read_parquet('{root}/events/*/*.parquet', hive_partitioning = true) e"
              " JOIN read_parquet('{root}/links/part-*.parquet') l ON l.seq = e.seq",
    "clusters": "SELECT * EXCLUDE (month) FROM read_parquet('{root}/clusters/*/*.parquet', hive_partitioning = true)",
}


class Row(tuple):
    """A result row, by position or by column name, like ``sqlite3.Row``."""

    names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row.names = names
        return row

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self.names)


class _Cursor:
    def __init__(self, result) -> None:
        self._result = result
        names = [d[0] for d in result.description or ()]
        self._names = {n: i for i, n in reversed(list(enumerate(names)))}

    def fetchall(self) -> list[Row]:
        return [Row(r, self._names) for r in self._result.fetchall()]

    def fetchone(self) -> Row | None:
        r = self._result.fetchone()
        return None if r is None else Row(r, self._names)

    def __iter__(self):
        return iter(self.fetchall())


def _dialect(sql: str) -> str:
    """The one word the dialects spell differently: SQLite's ``json_extract`` gives the text of a
    JSON string, DuckDB's gives JSON (quoted); DuckDB's ``json_extract_string`` gives the text."""
    return sql.replace("json_extract(", "json_extract_string(")


class DuckRecord:
    """A dataset behind the query interface the store's SQLite connection offers."""

    def __init__(self, con, root: str) -> None:
        self._con = con
        self.root = root

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Cursor:
        if "_fts" in sql:
            raise StoreError("text search needs the SQLite store's index; bring the dataset (or a slice "
                             "of it) into one with 'dragoman store load DIR --db FILE'")
        try:
            return _Cursor(self._con.execute(_dialect(sql), list(params)))
        except Exception as exc:  # duckdb.Error and its kin: the query layer speaks StoreError
            raise StoreError(f"the query failed on {self.root}: {exc}") from exc

    def stream(self, sql: str, params: Sequence[Any] = (), size: int = 5000):
        """The rows a chunk at a time (lists of :class:`Row`), for reads bigger than memory."""
        cursor = self.execute(sql, params)
        while chunk := cursor._result.fetchmany(size):
            yield [Row(r, cursor._names) for r in chunk]

    def close(self) -> None:
        self._con.close()


def open_dataset(folder: str | Path) -> DuckRecord:
    """The dataset at ``folder`` (coded and clustered) as a queryable record."""
    try:
        import duckdb
    except ImportError:
        raise StoreError("--parquet needs the scale extra: pip install 'dragoman[scale]'") from None
    root = str(folder).rstrip("/")
    for part in ("documents", "events", "clusters", "links"):
        if not Path(root, part).is_dir():
            raise StoreError(f"{root} is not a clustered dragoman dataset (no {part}/); make one with "
                             "'dragoman code --dask local INPUT --output DIR'")
    con = duckdb.connect()
    con.execute("SET default_null_order = 'nulls_first_on_asc_last_on_desc'")  # as SQLite orders NULLs
    views = {name: sql.format(root=root.replace(chr(39), chr(39) * 2)) for name, sql in _VIEWS.items()}
    for name, sql in views.items():
        con.execute(f"CREATE VIEW {name} AS {sql}")
    if "publisher" not in {row[0] for row in con.execute("DESCRIBE documents").fetchall()}:
        # written before documents had a publisher (schema 9): read as one whose outlets are unknown
        con.execute(f"CREATE OR REPLACE VIEW documents AS SELECT *, NULL::VARCHAR AS publisher FROM ({views['documents']})")
    return DuckRecord(con, root)
