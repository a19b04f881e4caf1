"""Coding documents into the store: idempotent, in transactions, resumable.

A document's key is the hash of its normalised text, so the same article
arriving twice (under any file name or id) is stored once. Documents are coded
outside the database and written a batch at a time, each batch one
transaction: a run killed at any point loses no committed batch, and running
it again skips what is stored and finishes the rest.

The coder is passed in as a function ``Document -> list[Event]`` so the store
never depends on the pipeline stages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..errors import InputError, StageError
from ..ingest.outcome import SkippedInput, reason_of
from ..ingest.text import normalized_id
from ..model import Document, Event
from .cluster import place, refresh, release
from .db import transaction
from .failures import Failure, one_line, record
from .rows import EVENT_COLUMNS, event_row

__all__ = ["IngestSummary", "Coder", "ingest", "recode", "stale", "stored_document"]

Coder = Callable[[Document], list[Event]]
_INSERT_EVENT = (f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}, cluster_id, evidence_id) "
                 f"VALUES ({', '.join('?' * (len(EVENT_COLUMNS) + 2))})")
_SENTENCE, _EVIDENCE = EVENT_COLUMNS.index("sentence"), EVENT_COLUMNS.index("evidence_text")


@dataclass
class IngestSummary:
    """What an ingest (or recode) run did.

    ``skipped`` counts inputs read but deliberately not coded (not English) by reason;
    ``skips`` and ``errors`` hold their messages, one each; ``failures`` the failures
    not yet stored in the ``failures`` table.
    """

    new: int = 0
    present: int = 0
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    skips: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def __str__(self) -> str:
        reasons = ", ".join(f"{reason}: {n}" for reason, n in sorted(self.skipped.items()))
        skipped = f"{sum(self.skipped.values())} skipped" + (f" ({reasons})" if reasons else "")
        return (f"{self.new} new, {self.present} already present, {skipped}, {self.failed} failed, "
                f"{self.events} event{'s' if self.events != 1 else ''} added")

    def add_error(self, error: InputError) -> None:
        """Count a read error: a SkippedInput as skipped (by its reason), anything else as failed."""
        if isinstance(error, SkippedInput):
            self.skipped[reason_of(error)] += 1
            self.skips.append(str(error))
        else:
            self.fail(Failure(error.source, None, "read", " ".join(error.problem.split())[:300]), str(error))

    def fail(self, failure: Failure, message: str | None = None) -> None:
        """Count one document's failure and keep it for the failures table."""
        self.failed += 1
        self.errors.append(message or str(failure))
        self.failures.append(failure)


@dataclass(frozen=True, slots=True)
class _Coded:
    document: Document
    ext_id: str | None
    events: list[Event]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _write_document(conn: sqlite3.Connection, item: _Coded, version: str | None) -> None:
    d = item.document
    conn.execute(
        "INSERT INTO documents (id, ext_id, url, title, published, published_basis, source, body_start,"
        " body_end, text, kb_version, added, n_events) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (d.id, item.ext_id, d.url, d.title, d.published.isoformat() if d.published else None,
         d.published_basis, d.source, d.body_start, d.body_end, d.text, version, _now(), len(item.events)))
    if d.publisher is not None:  # (schema 9) written apart, so a store at an older schema takes the rest
        conn.execute("UPDATE documents SET publisher = ? WHERE id = ?", (d.publisher, d.id))


def _write_events(conn: sqlite3.Connection, document: Document, events: list[Event]) -> tuple[int, set[int]]:
    """Store the reports, each placed in a clustered event, and their evidence sentences once each;
    returns (added, clusters joined)."""
    rows = list({e.id: event_row(e, document.id) for e in events}.values())
    # ids given here (the transaction holds the write lock) so each report can name its sentence's
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM evidence").fetchone()[0]
    sentences = {key: first + i for i, key in enumerate(dict.fromkeys(
        (r[_SENTENCE], r[_EVIDENCE]) for r in rows if r[_EVIDENCE] is not None))}
    conn.executemany("INSERT INTO evidence (id, doc_id, sentence, text) VALUES (?, ?, ?, ?)",
                     [(i, document.id, s, text) for (s, text), i in sentences.items()])
    reported = document.published.isoformat() if document.published else _now()[:10]
    try:
        clusters, joined = place(conn, [dict(zip(EVENT_COLUMNS, r)) for r in rows], reported)
    except Exception as exc:  # noqa: BLE001 - the document's failure, recorded with its stage
        raise StageError("cluster", document.id, one_line(exc)) from exc
    added = conn.executemany(_INSERT_EVENT, [(*r, c, sentences.get((r[_SENTENCE], r[_EVIDENCE])))
                                             for r, c in zip(rows, clusters)]).rowcount
    return added, joined


def _next_rows(conn: sqlite3.Connection) -> tuple[int, int]:
    """Where rows written from now on start: the next evidence id and the next document rowid."""
    return (conn.execute("SELECT coalesce(max(id), 0) + 1 FROM evidence").fetchone()[0],
            conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM documents").fetchone()[0])


def _index(conn: sqlite3.Connection, start: tuple[int, int]) -> None:
    """Add the rows written since ``start`` to the search indexes, one statement each
    (several times cheaper than a trigger per row)."""
    evidence, document = start
    conn.execute("INSERT INTO evidence_fts(rowid, text) SELECT id, text FROM evidence WHERE id >= ?", (evidence,))
    conn.execute("INSERT INTO documents_fts(rowid, title, text) SELECT rowid, title, text FROM documents"
                 " WHERE rowid >= ?", (document,))


def _write_batch(conn: sqlite3.Connection, batch: list[_Coded], version: str | None,
                 summary: IngestSummary) -> None:
    """Write a batch in one transaction; the presence check is inside it, so two runs never both
    write a document. If the batch fails, each document is written alone and a failing one is
    recorded as that document's failure."""
    try:
        _write_items(conn, batch, version, summary)
    except Exception:  # noqa: BLE001 - find the document at fault, write the rest
        for item in batch:
            try:
                _write_items(conn, [item], version, summary)
            except Exception as exc:  # noqa: BLE001
                stage = exc.stage if isinstance(exc, StageError) else "write"
                reason = exc.problem if isinstance(exc, StageError) else one_line(exc)
                summary.fail(Failure(item.document.source, item.ext_id or item.document.id, stage, reason))
    record(conn, summary.failures)
    summary.failures.clear()


def _write_items(conn: sqlite3.Connection, batch: list[_Coded], version: str | None,
                 summary: IngestSummary) -> None:
    added, joined, new, present = 0, set(), 0, 0
    with transaction(conn):
        start = _next_rows(conn)
        for item in batch:
            if _present(conn, item.document.id):  # stored by another run since it was coded
                present += 1
                continue
            _write_document(conn, item, version)
            n, touched = _write_events(conn, item.document, item.events)
            added, new = added + n, new + 1
            joined |= touched
        refresh(conn, joined)
        _index(conn, start)
    summary.events += added
    summary.new += new
    summary.present += present


def _present(conn: sqlite3.Connection, key: str) -> bool:
    return conn.execute("SELECT 1 FROM documents WHERE id = ?", (key,)).fetchone() is not None


def _code(item: Document, key: str, code: Coder, summary: IngestSummary) -> _Coded | None:
    ext_id = item.id if item.id != key else None
    document = dataclasses.replace(item, id=key)
    try:
        return _Coded(document, ext_id, code(document))
    except Exception as exc:  # noqa: BLE001 - one document's failure never stops the batch
        reason = exc.problem if isinstance(exc, StageError) else one_line(exc)
        summary.fail(Failure(item.source, item.id, "code", reason), f"{item.source or item.id}: {one_line(exc)}")
        return None


def _key(item: Document, summary: IngestSummary) -> str | None:
    try:
        return normalized_id(item.text)
    except Exception as exc:  # noqa: BLE001
        summary.fail(Failure(item.source, item.id, "read", one_line(exc)))
        return None


def ingest(conn: sqlite3.Connection, items: Iterable[Document | InputError], code: Coder,
           version: str | None = None, batch_size: int = 100,
           progress: Callable[[int], None] | None = None) -> IngestSummary:
    """Code and store each new document; ``items`` may hold read errors, which are counted
    (a :class:`~dragoman.ingest.SkippedInput` as skipped, any other as failed) and, with every
    document that fails to be coded or written, recorded in the ``failures`` table.

    ``items`` is read lazily and written ``batch_size`` documents at a time, so memory does
    not grow with the corpus. ``progress(n)`` is called after each item with the number of
    items just handled.
    """
    summary, batch, seen = IngestSummary(), [], set()
    for item in items:
        if isinstance(item, InputError):
            summary.add_error(item)
        elif (key := _key(item, summary)) is None:
            pass
        elif key in seen or _present(conn, key):
            summary.present += 1
        elif (coded := _code(item, key, code, summary)) is not None:
            seen.add(key)
            batch.append(coded)
        if len(batch) >= batch_size or len(summary.failures) >= batch_size:
            _write_batch(conn, batch, version, summary)
            batch = []
            seen.clear()  # the batch's keys: what is written is found in the store from now on
        if progress:
            progress(1)
    _write_batch(conn, batch, version, summary)
    return summary


def stored_document(row: sqlite3.Row) -> Document:
    """A Document rebuilt from its stored row (for re-coding)."""
    published = dt.date.fromisoformat(row["published"]) if row["published"] else None
    return Document(id=row["id"], text=row["text"], published=published,
                    published_basis=row["published_basis"] or "none", title=row["title"],
                    url=row["url"], source=row["source"], body_start=row["body_start"],
                    body_end=row["body_end"], publisher=row["publisher"] if "publisher" in row.keys() else None)


def _stale_where(version: str | None, everything: bool) -> tuple[str, tuple[str | None, ...]]:
    return ("", ()) if everything else ("WHERE kb_version IS NOT ?", (version,))


def stale(conn: sqlite3.Connection, version: str | None, everything: bool = False) -> int:
    """How many documents :func:`recode` would re-code."""
    where, args = _stale_where(version, everything)
    return conn.execute(f"SELECT count(*) FROM documents {where}", args).fetchone()[0]


def _stale(conn: sqlite3.Connection, version: str | None, everything: bool) -> Iterator[list[sqlite3.Row]]:
    where, args = _stale_where(version, everything)
    ids = [r[0] for r in conn.execute(f"SELECT id FROM documents {where} ORDER BY rowid", args)]
    for i in range(0, len(ids), 50):
        chunk = ids[i:i + 50]
        marks = ",".join("?" * len(chunk))
        yield conn.execute(f"SELECT * FROM documents WHERE id IN ({marks}) ORDER BY rowid", chunk).fetchall()


def recode(conn: sqlite3.Connection, code: Coder, version: str | None, everything: bool = False,
           progress: Callable[[int], None] | None = None) -> IngestSummary:
    """Re-code stored documents coded with another knowledge version (or all of them)."""
    summary = IngestSummary()
    for rows in _stale(conn, version, everything):
        coded = [c for r in rows if (c := _code(stored_document(r), r["id"], code, summary))]
        with transaction(conn):
            release(conn, [c.document.id for c in coded])
            start, joined = _next_rows(conn), set[int]()
            for c in coded:
                n, touched = _write_events(conn, c.document, c.events)
                summary.events, joined = summary.events + n, joined | touched
                conn.execute("UPDATE documents SET kb_version = ?, n_events = ? WHERE id = ?",
                             (version, len(c.events), c.document.id))
            refresh(conn, joined)
            _index(conn, start)
        summary.new += len(coded)
        record(conn, summary.failures)
        summary.failures.clear()
        if progress:
            progress(len(rows))
    return summary
