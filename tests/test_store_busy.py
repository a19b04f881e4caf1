"""A writer waits for another process's write lock instead of failing its batch."""

import sqlite3
import threading
import time

import pytest

from dragoman.errors import StoreError
from dragoman.store.db import connect, transaction


def _holder(path):
    other = sqlite3.connect(path, isolation_level=None, timeout=0.05, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_transaction_waits_for_a_lock_that_is_released(tmp_path):
    path = tmp_path / "s.db"
    connect(path).close()
    other = _holder(path)
    conn = sqlite3.connect(path, isolation_level=None, timeout=0.05)  # SQLite alone would give up at once
    release = threading.Timer(0.8, lambda: other.execute("COMMIT"))
    release.start()
    start = time.monotonic()
    with transaction(conn, patience=20):
        conn.execute("INSERT INTO failures (at, file, doc_id, stage, reason) VALUES ('t', 'f', 'i', 'read', 'r')")
    release.join()
    assert time.monotonic() - start >= 0.7
    assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 1


def test_a_lock_held_past_the_patience_is_a_clear_store_error(tmp_path):
    path = tmp_path / "s.db"
    connect(path).close()
    other = _holder(path)
    conn = sqlite3.connect(path, isolation_level=None, timeout=0.05)
    with pytest.raises(StoreError, match="busy"):
        with transaction(conn, patience=0.3):
            pass
    other.execute("ROLLBACK")
    assert not conn.in_transaction
