"""Reading the record a page at a time, and one event or document whole.

These are the questions a browser asks (the HTTP API and the pages call them;
the CLI can too): a page of events after a cursor with the total that match,
one clustered event with every report, evidence sentence and document, and one
document with its text.

>>> from dragoman.store import connect
>>> page(connect(":memory:"), Filters(limit=10)).total
0
"""

from __future__ import annotations

import base64
import binascii
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from ..errors import NotFoundError, StoreError
from .queries import Filters, _clustered, _members, _run, count, events
from .rows import event_from_row

__all__ = ["Page", "decode_cursor", "document", "encode_cursor", "event", "iter_events", "page"]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of events: the records, how many match in all, and the cursor of the next page."""

    records: list[dict[str, Any]]
    total: int
    cursor: str | None


def encode_cursor(lo: str | None, last: int | str) -> str:
    """An opaque cursor for the event with this first day and id."""
    kind = "i" if isinstance(last, int) else "s"
    raw = f"{lo or ''}\x1f{kind}{last}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str | None, int | str]:
    """The (first day, id) a cursor stands for; StoreError when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        lo, last = raw.split("\x1f")
        value: int | str = int(last[1:]) if last[0] == "i" else last[1:]
        if last[0] not in "is":
            raise ValueError(last)
    except (ValueError, IndexError, UnicodeDecodeError, binascii.Error):
        raise StoreError(f"cursor {cursor!r} is not one this server gave out") from None
    return lo or None, value


def _lo(conn: sqlite3.Connection, record: dict[str, Any], reports: bool) -> str | None:
    table = "events" if reports else "clusters"
    return _run(conn, f"SELECT lo FROM {table} WHERE id = ?", [record["id"]])[0][0]


def page(conn: sqlite3.Connection, filters: Filters, *, reports: bool = False,
         total: bool = True) -> Page:
    """``filters.limit`` events after ``filters.after`` in (date, id) order, the total and the next cursor."""
    size = filters.limit if filters.limit is not None else 100
    records = events(conn, replace(filters, limit=size + 1, offset=0), reports=reports)
    more = len(records) > size
    records = records[:size]
    cursor = None
    if more and records:
        last = records[-1]
        cursor = encode_cursor(_lo(conn, last, reports), last["id"])
    return Page(records, count(conn, filters, reports=reports) if total else -1, cursor)


def iter_events(conn: sqlite3.Connection, filters: Filters, *, reports: bool = False,
                size: int = 2000) -> Iterator[dict[str, Any]]:
    """Every matching event (``filters.limit`` of them at most), read a page at a time by cursor:
    a million rows never sit in memory, and each page costs the same however deep."""
    left = filters.limit
    f = replace(filters, offset=0)
    while left is None or left > 0:
        step = size if left is None else min(size, left)
        records = events(conn, replace(f, limit=step), reports=reports)
        yield from records
        if len(records) < step:
            return
        f = replace(f, after=(_lo(conn, records[-1], reports), records[-1]["id"]))
        left = None if left is None else left - step


def _report(row: sqlite3.Row) -> dict[str, Any]:
    return {**event_from_row(row).to_dict(), "cluster_id": row["cluster_id"], "lo": row["lo"], "hi": row["hi"]}


def event(conn: sqlite3.Connection, cluster_id: int) -> dict[str, Any]:
    """One clustered event: the record ``events`` gives, its reports whole (rule, date basis,
    evidence offsets) and its documents (without their text)."""
    cluster = _run(conn, "SELECT * FROM clusters WHERE id = ?", [int(cluster_id)])
    members = _members(conn, [int(cluster_id)])[int(cluster_id)]
    if not cluster or not members:
        raise NotFoundError(f"no event {cluster_id} in the store")
    c = cluster[0]
    record = _clustered(c, members)
    record["lo"], record["hi"] = c["lo"], c["hi"]
    rows = _run(conn, "SELECT * FROM events WHERE cluster_id = ? ORDER BY rowid", [c["id"]])
    record["reports"] = [_report(r) for r in rows]
    docs = _run(conn, "SELECT id, ext_id, url, title, published, published_basis, source, publisher, n_events,"
                f" added, kb_version FROM documents WHERE id IN ({','.join('?' * len(record['documents']))})",
                list(record["documents"]))
    order = {d: i for i, d in enumerate(record["documents"])}
    record["documents"] = sorted((dict(d) for d in docs), key=lambda d: order[d["id"]])
    return record


def document(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    """One stored document with its text, and the evidence sentences of its reports (with offsets)."""
    rows = _run(conn, "SELECT id, ext_id, url, title, published, published_basis, source, publisher, body_start,"
                " body_end, text, n_events, added, kb_version FROM documents WHERE id = ?", [doc_id])
    if not rows:
        raise NotFoundError(f"no document {doc_id!r} in the store")
    out = dict(rows[0])
    reports = _run(conn, "SELECT * FROM events WHERE doc_id = ? ORDER BY sentence, rowid", [doc_id])
    out["reports"] = [_report(r) for r in reports]
    return out
