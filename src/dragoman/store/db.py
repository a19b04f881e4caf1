"""Opening the store: one SQLite file in WAL mode, migrated to the current schema.

>>> conn = connect(":memory:")
>>> conn.execute("SELECT count(*) FROM documents").fetchone()[0]
0
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .schema import LATEST, migrate

__all__ = ["DEFAULT_PATH", "connect", "connect_readonly", "transaction"]

DEFAULT_PATH = "dragoman.db"


def connect(path: str | Path = DEFAULT_PATH, *, create: bool = True, upgrade: bool = True,
            schema: int = LATEST) -> sqlite3.Connection:
    """Open (and create, and upgrade) the store at ``path``.

    The connection is in autocommit mode; write through :func:`transaction`.
    """
    path = str(path)
    if path != ":memory:" and not create and not Path(path).exists():
        raise StoreError(f"no store at {path}; create one with 'dragoman ingest --db {path} FILES'")
    if path != ":memory:" and Path(path).is_dir():
        raise StoreError(f"{path} is a folder; --db takes a file name such as {path}/dragoman.db")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        conn.row_factory = sqlite3.Row
        _wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA cache_size=-65536")  # 64 MB of page cache
        conn.execute("PRAGMA mmap_size=1073741824")
        conn.execute("PRAGMA temp_store=MEMORY")
        if upgrade:
            migrate(conn, schema)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} cannot be opened as a dragoman store ({exc}); `dragoman check --db {path}` "
                         "tells more") from exc
    return conn


def _wal(conn: sqlite3.Connection, patience: float = 30.0) -> None:
    """Put the store in WAL mode. Two processes creating the same new store at once: switching the
    journal needs the file to itself, and SQLite may answer "locked" at once without waiting for the
    other; so wait and retry, as a writer does (:func:`_begin`)."""
    start, pause = time.monotonic(), 0.05
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() - start >= patience:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 1.0)


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """Open an existing store for reading only (SQLite ``mode=ro``): a write raises.

    The store must be at the current schema (open it once with :func:`connect` to upgrade it).
    Safe to use from other threads than the one that opened it, one thread at a time.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no store at {path}; create one with 'dragoman ingest --db {path} FILES'")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                               timeout=30, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA cache_size=-65536")
        conn.execute("PRAGMA mmap_size=1073741824")
        conn.execute("PRAGMA temp_store=MEMORY")
        found = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} cannot be opened as a dragoman store ({exc})") from exc
    if found != LATEST:
        conn.close()
        raise StoreError(f"{path} is at schema version {found}, not {LATEST}; "
                         f"upgrade it first with 'dragoman events --db {path} --limit 1'")
    return conn


PATIENCE = 600.0  # seconds a writer waits for another writer before it gives up


@contextmanager
def transaction(conn: sqlite3.Connection, *, patience: float = PATIENCE) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (SQLite errors become StoreError).

    While another process holds the store's write lock, the transaction waits for it (SQLite's
    busy timeout, retried) for up to ``patience`` seconds instead of failing the batch.
    """
    _begin(conn, patience)
    try:
        yield conn
    except sqlite3.Error as exc:
        conn.rollback()
        raise StoreError(f"writing to the store failed: {exc}") from exc
    except BaseException:
        conn.rollback()
        raise
    conn.execute("COMMIT")


def _begin(conn: sqlite3.Connection, patience: float) -> None:
    """Take the write lock, retrying while another writer holds it; nothing is written before."""
    start, pause = time.monotonic(), 0.05
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            waited = time.monotonic() - start
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise StoreError(f"writing to the store failed: {exc}") from exc
            if waited >= patience:
                raise StoreError(f"the store is busy: another process has held its write lock for "
                                 f"{waited:.0f} s; try again when it has finished") from exc
            time.sleep(min(pause, max(0.0, patience - waited)))
            pause = min(pause * 2, 2.0)
