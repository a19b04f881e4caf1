"""Read-only connections to the store, a small pool shared by the request threads, and answers kept."""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..store import connect_readonly

__all__ = ["Reader", "Results"]


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

    def version(self) -> tuple[int, ...]:
        """Changes whenever the store does (a commit touches the file or its write-ahead log)."""
        out: list[int] = []
        for path in (self.path, self.path.with_name(self.path.name + "-wal")):
            try:
                st = path.stat()
                out += [st.st_mtime_ns, st.st_size]
            except FileNotFoundError:
                out += [0, 0]
        return tuple(out)

    def acquire(self, timeout: float = 30.0) -> sqlite3.Connection:
        try:
            self.slots.get(timeout=timeout)
        except queue.Empty:
            raise StoreError(f"the store is busy: no connection free in {timeout:.0f} s; try again") from None
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


class Results:
    """Answers already worked out, by question and store version, the least recently used dropped
    first. The store only changes through ingest, so an answer stays right until its version passes."""

    def __init__(self, reader: Reader, size: int = 512) -> None:
        self.reader, self.size = reader, size
        self.answers: OrderedDict[Hashable, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, question: Hashable, work: Callable[[], Any]) -> Any:
        """The answer to ``question`` (any hashable key), worked out by ``work()`` when not kept."""
        if self.size <= 0:
            return work()
        key = (question, self.reader.version())
        with self.lock:
            if key in self.answers:
                self.answers.move_to_end(key)
                return self.answers[key]
        answer = work()
        with self.lock:
            self.answers[key] = answer
            while len(self.answers) > self.size:
                self.answers.popitem(last=False)
        return answer
