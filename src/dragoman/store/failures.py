"""What failed: one row per document (or input) that could not be read, coded, clustered or written.

A document's failure is that document's failure: the batch goes on, and the
``failures`` table keeps the file, the document id, the stage and a one-line
reason, listed by ``dragoman failures``.

>>> from dragoman.store import connect
>>> conn = connect(":memory:")
>>> record(conn, [Failure("a.txt", None, "read", "file is empty")])
>>> [f.reason for f in recent(conn)]
['file is empty']
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import DragomanError

__all__ = ["STAGES", "Failure", "one_line", "recent", "record"]

STAGES = ("read", "code", "cluster", "write")


@dataclass(frozen=True, slots=True)
class Failure:
    """One document's (or input's) failure: where it came from, at which stage, and why."""

    file: str | None
    doc_id: str | None
    stage: str
    reason: str
    at: str = ""

    def __str__(self) -> str:
        return f"{self.file or self.doc_id or '?'}: {self.stage} failed: {self.reason}"


def one_line(exc: BaseException, limit: int = 300) -> str:
    """An exception as one short line: its own message for dragoman's errors, else its type too."""
    text = str(exc) if isinstance(exc, DragomanError) else f"{type(exc).__name__}: {exc}"
    text = " ".join(text.split()) or type(exc).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"


def record(conn: sqlite3.Connection, failures: Sequence[Failure]) -> None:
    """Store ``failures`` in their own transaction (the caller holds none)."""
    if not failures:
        return
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany("INSERT INTO failures (at, file, doc_id, stage, reason) VALUES (?,?,?,?,?)",
                         [(f.at or now, f.file, f.doc_id, f.stage, f.reason) for f in failures])
    except BaseException:
        conn.rollback()
        raise
    conn.execute("COMMIT")


def recent(conn: sqlite3.Connection, limit: int | None = None, stage: str | None = None) -> list[Failure]:
    """Stored failures, newest first."""
    sql = "SELECT at, file, doc_id, stage, reason FROM failures"
    args: list = []
    if stage:
        sql, args = sql + " WHERE stage = ?", [stage]
    sql += " ORDER BY id DESC" + (" LIMIT ?" if limit else "")
    rows = conn.execute(sql, [*args, limit] if limit else args).fetchall()
    return [Failure(r["file"], r["doc_id"], r["stage"], r["reason"], r["at"]) for r in rows]
