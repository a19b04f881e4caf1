"""Read-only connections to the store, a small pool shared by the request threads."""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..store import connect_readonly

__all__ = ["Reader"]


class Reader:
    """Hands out read-only connections (SQLite ``mode=ro``), at most ``size`` open at once."""

    def __init__(self, path: str | Path, size: int = 8) -> None:
        self.path = Path(path)
        self.idle: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue()
        self.slots = queue.Queue()
        for _ in range(size):
            self.slots.put(None)

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    def acquire(self) -> sqlite3.Connection:
        self.slots.get()
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            try:
                return connect_readonly(self.path)
            except BaseException:
                self.slots.put(None)
                raise

    def release(self, conn: sqlite3.Connection) -> None:
        self.idle.put(conn)
        self.slots.put(None)

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        conn = self.acquire()
        try:
            yield conn
        finally:
            self.release(conn)

    def close(self) -> None:
        while True:
            try:
                self.idle.get_nowait().close()
            except queue.Empty:
                return
