"""Many cores on one machine: documents coded in worker processes, results back in input order.

:func:`code_stream` sends documents in small chunks to a process pool whose
workers load the knowledge once each, keeps at most a few chunks per worker in
flight (so memory is bounded whatever the corpus size), and yields each input
item with its outcome in the order the items came: the output is the one a
single process gives, event for event. :func:`ingest_parallel` feeds that
stream to the store's own :func:`~dragoman.store.ingest`, which stays the one
writer and writes in batches.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import DragomanError
from ..model import Document, Event

__all__ = ["code_stream", "default_workers", "ingest_parallel"]

Outcome = list[Event] | DragomanError | None
CHUNK = 8  # documents per task: big enough to amortise the pickling, small enough to balance


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@lru_cache(maxsize=4)
def _context(kb_files: tuple[Path, ...], keep_all: bool):
    """The coding context, built once per worker process (and kept for its life)."""
    from ..coder import context
    from ..knowledge import default_knowledge

    return context(default_knowledge(kb_files), keep_all=keep_all)


def _orphaned(parent: int) -> None:
    """Exit when the parent is gone (killed, say): a worker left alone would wait for work forever."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _warm(kb_files: tuple[Path, ...], keep_all: bool, parent: int | None = None) -> None:
    # a forked worker never collects what it inherited: the knowledge stays shared with the parent,
    # and no finaliser of a native object (a DuckDB or Arrow handle whose threads were not forked)
    # runs where it would crash
    gc.freeze()
    if parent is not None:
        threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()
    _context(kb_files, keep_all)


@dataclasses.dataclass(frozen=True)
class _Failure:
    """A DragomanError raised in a worker, carried back as data (any subclass, its message and fields)."""

    kind: type
    message: str
    fields: dict[str, Any]

    def rebuild(self) -> DragomanError:
        error = self.kind.__new__(self.kind)
        Exception.__init__(error, self.message)
        error.__dict__.update(self.fields)
        return error


def _code_chunk(documents: list[Document], kb_files: tuple[Path, ...], keep_all: bool) -> list[Any]:
    from ..coder import code_document

    ctx, out = _context(kb_files, keep_all), []
    for document in documents:
        try:
            out.append(code_document(document, ctx).events)
        except DragomanError as exc:
            out.append(_Failure(type(exc), str(exc), dict(vars(exc))))
        except Exception as exc:  # noqa: BLE001 - a document's failure is that document's
            failure = _unexpected(document, exc)
            out.append(_Failure(type(failure), str(failure), dict(vars(failure))))
    return out


def _unexpected(document: Document, exc: Exception) -> DragomanError:
    """An unexpected error in coding one document, as that document's failure."""
    from ..errors import StageError

    return StageError("coding", document.id, f"{type(exc).__name__}: {exc}"[:300])


def _pool(workers: int, kb_files: tuple[Path, ...], keep_all: bool) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    method = "fork" if "fork" in methods else "spawn"
    if method == "fork":  # built here once, the workers inherit it; elsewhere each worker builds its own
        _context(kb_files, keep_all)
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                               initializer=_warm, initargs=(kb_files, keep_all, os.getpid()))


def _drain(entries: list[tuple[Any, Document | None]], future: Future | None) -> Iterator[tuple[Any, Outcome]]:
    results = iter(future.result() if future is not None else ())
    for item, document in entries:
        if document is None:
            yield item, None
        else:
            result = next(results)
            yield item, result.rebuild() if isinstance(result, _Failure) else result


def code_stream(items: Iterable[Any], workers: int, kb_files: tuple[Path, ...] = (), keep_all: bool = False,
                prepare: Callable[[Document], Document | None] | None = None,
                chunk: int = CHUNK, per_worker: int = 3) -> Iterator[tuple[Any, Outcome]]:
    """Each item with its outcome, in input order: the events of a Document, the DragomanError its
    coding raised, or None for anything not coded (a read error, or a document ``prepare`` turned
    down). ``prepare`` gives the Document to code in the item's place (e.g. under another id).

    At most ``workers * per_worker`` chunks are in flight at once.
    """
    kb_files = tuple(kb_files)
    with _pool(workers, kb_files, keep_all) as pool:
        window: deque[tuple[list, Future | None]] = deque()
        entries: list[tuple[Any, Document | None]] = []
        documents: list[Document] = []

        def submit() -> None:
            future = pool.submit(_code_chunk, list(documents), kb_files, keep_all) if documents else None
            window.append((list(entries), future))
            entries.clear()
            documents.clear()

        for item in items:
            document = None
            if isinstance(item, Document):
                document = prepare(item) if prepare else item
            entries.append((item, document))
            if document is not None:
                documents.append(document)
            if len(documents) >= chunk or len(entries) >= chunk * 8:
                submit()
            while len(window) > workers * per_worker:
                yield from _drain(*window.popleft())
        submit()
        while window:
            yield from _drain(*window.popleft())


def ingest_parallel(conn: sqlite3.Connection, items: Iterable[Any], version: str | None, *, workers: int,
                    kb_files: tuple[Path, ...] = (), batch_size: int = 100,
                    progress: Callable[[int], None] | None = None):
    """:func:`dragoman.store.ingest` with the coding done in ``workers`` processes.

    Documents already stored, or seen earlier in the run, are not sent to the workers; the
    store's ingest writes the rest in batches, in input order, exactly as with one process.
    """
    from ..ingest.text import normalized_id
    from ..store import ingest

    seen: set[str] = set()
    ready: dict[str, Outcome] = {}

    def prepare(document: Document) -> Document | None:
        key = normalized_id(document.text)
        if key in seen or conn.execute("SELECT 1 FROM documents WHERE id = ?", (key,)).fetchone():
            return None
        seen.add(key)
        return dataclasses.replace(document, id=key)

    def fed() -> Iterator[Any]:
        for item, outcome in code_stream(items, workers, kb_files, prepare=prepare):
            if outcome is not None:
                ready[normalized_id(item.text)] = outcome
            yield item

    def code(document: Document) -> list[Event]:
        outcome = ready.pop(document.id)
        if isinstance(outcome, DragomanError):
            raise outcome
        return outcome

    return ingest(conn, fed(), code, version, batch_size=batch_size, progress=progress)


def coded_items(items: Iterable[Any], workers: int | None, kb_files: tuple[Path, ...] = (),
                keep_all: bool = False, ctx: Any = None) -> Iterator[tuple[Any, Outcome]]:
    """:func:`code_stream` over ``workers`` processes, or (one worker) the same outcomes coded here."""
    workers = workers or default_workers()
    if workers > 1:
        yield from code_stream(items, workers, kb_files, keep_all)
        return
    from ..coder import code_document

    ctx = ctx or _context(tuple(kb_files), keep_all)
    for item in items:
        if not isinstance(item, Document):
            yield item, None
            continue
        try:
            yield item, code_document(item, ctx).events
        except DragomanError as exc:
            yield item, exc
        except Exception as exc:  # noqa: BLE001 - a document's failure is that document's
            yield item, _unexpected(item, exc)
