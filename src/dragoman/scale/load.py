"""``dragoman store load``: a Parquet dataset, or a slice of it, brought into an SQLite store.

The slice is the clustered events that may have happened between ``since`` and
``until`` (the same date test ``dragoman events --since/--until`` makes), with
all their reports, the documents those come from, and the documents published
in the slice. Clustered events keep their ids, so links into the dataset stay
valid; evidence sentences and the search indexes are built as ingest builds them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import StoreError
from ..store import Filters, transaction
from ..store.ingest import _index, _next_rows
from ..store.queries import _where
from ..store.rows import EVENT_COLUMNS
from .dataset import DOCUMENT_COLUMNS
from .duck import open_dataset

__all__ = ["load_dataset"]

_CLUSTER_COLUMNS = ("id", "source_primary", "target_primary", "root", "code", "date", "date_precision", "lo",
                    "hi", "rep_event", "mentions", "n_documents", "first_report", "last_report", "goldstein",
                    "quad_class")
_DOCS = tuple(c for c in DOCUMENT_COLUMNS if c != "seq")


def _insert(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], rows) -> None:
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                     [tuple(r[c] for c in columns) for r in rows])


def _events(conn: sqlite3.Connection, rows) -> None:
    """Reports with their evidence sentences, stored once per document as ingest stores them."""
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM evidence").fetchone()[0]
    sentences: dict[tuple, int] = {}
    for r in rows:
        if r["evidence_text"] is not None:
            sentences.setdefault((r["doc_id"], r["sentence"], r["evidence_text"]), first + len(sentences))
    conn.executemany("INSERT INTO evidence (id, doc_id, sentence, text) VALUES (?, ?, ?, ?)",
                     [(i, d, s, t) for (d, s, t), i in sentences.items()])
    columns = (*EVENT_COLUMNS, "cluster_id")
    conn.executemany(f"INSERT INTO events ({', '.join(columns)}, evidence_id) VALUES ({', '.join('?' * (len(columns) + 1))})",
                     [(*(r[c] for c in columns), sentences.get((r["doc_id"], r["sentence"], r["evidence_text"])))
                      for r in rows])


def load_dataset(folder: str | Path, conn: sqlite3.Connection, since: str | None = None,
                 until: str | None = None) -> dict[str, int]:
    """Load the dataset's slice into the (empty) store ``conn``; returns the counts loaded."""
    if conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone():
        raise StoreError("store load needs an empty store (a new --db file)")
    record = open_dataset(folder)
    where, args = _where(Filters(since=since, until=until), reports=False)
    chosen = f"SELECT id FROM clusters{where}"
    sliced = bool(since or until)
    docs = ("SELECT * FROM documents" + (f" WHERE id IN (SELECT doc_id FROM events WHERE cluster_id IN ({chosen}))"
            " OR (published >= ? AND published <= ?)" if sliced else "") + " ORDER BY rowid")
    doc_args = [*args, since or "0000", until or "9999"] if sliced else []
    counts = {"documents": 0, "clusters": 0, "events": 0}
    with transaction(conn):
        start = _next_rows(conn)
        for rows in record.stream(docs, doc_args):
            _insert(conn, "documents", _DOCS, rows)
            counts["documents"] += len(rows)
        for rows in record.stream(f"SELECT * FROM clusters{where} ORDER BY id", args):
            _insert(conn, "clusters", _CLUSTER_COLUMNS, rows)
            counts["clusters"] += len(rows)
        for rows in record.stream(f"SELECT * FROM events WHERE cluster_id IN ({chosen}) ORDER BY rowid", args):
            _events(conn, rows)
            counts["events"] += len(rows)
        _index(conn, start)
    record.close()
    return counts
