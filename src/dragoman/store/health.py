"""The store's health: SQLite's and FTS5's integrity checks and the schema version.

``dragoman check`` runs :func:`check`; ``dragoman ingest`` refuses a store that
fails :func:`quick_check`; read-only commands open the store with
:func:`open_store`, which never migrates.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import StoreError
from .db import connect
from .schema import LATEST, version

__all__ = ["FTS_TABLES", "check", "open_raw", "open_store", "quick_check"]

FTS_TABLES = ("documents_fts", "evidence_fts")


def _pragma(conn: sqlite3.Connection, name: str) -> list[str]:
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {name}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick check: the problems found (none: an empty list)."""
    return _pragma(conn, "quick_check")


def check(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Every check as (name, result): "ok" or the first problems found."""
    results = []
    problems = _pragma(conn, "integrity_check")
    results.append(("sqlite integrity", "ok" if not problems else "; ".join(problems[:5])))
    for table in FTS_TABLES:
        try:
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
            results.append((f"fts5 {table}", "ok"))
        except sqlite3.DatabaseError as exc:
            results.append((f"fts5 {table}", str(exc)))
    try:
        have = version(conn)
        results.append(("schema version", "ok" if have == LATEST else
                        f"{have}, this dragoman uses {LATEST} (run `dragoman migrate`)"))
    except sqlite3.DatabaseError as exc:
        results.append(("schema version", str(exc)))
    return results


def open_raw(path: str | Path) -> sqlite3.Connection:
    """The file as SQLite sees it, with no pragma set and nothing migrated (to check a damaged store)."""
    if not Path(path).is_file():
        raise StoreError(f"no store at {path}")
    return sqlite3.connect(path, isolation_level=None, timeout=30)


def open_store(path: str | Path) -> sqlite3.Connection:
    """Open an existing store to read it: never created, never migrated."""
    conn = connect(path, create=False, upgrade=False)
    try:
        have = version(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} cannot be read as a dragoman store ({exc}); run `dragoman check --db {path}`") from None
    if have < LATEST:
        raise StoreError(f"the store {path} is at schema version {have}, this dragoman uses {LATEST}; "
                         f"run `dragoman migrate --db {path}` first")
    if have > LATEST:
        raise StoreError(f"the store {path} is at schema version {have}, newer than this dragoman "
                         f"understands ({LATEST}); upgrade dragoman")
    return conn
