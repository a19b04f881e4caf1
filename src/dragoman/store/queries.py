"""Reading events back: clustered events (the default) or per-article reports, filtered.

The CLI's ``dragoman events`` and the Python API are the same call:

>>> from dragoman.store import connect, events, Filters
>>> events(connect(":memory:"), Filters(source="RUS", root="05"))
[]
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from ..errors import StoreError
from ..safedate import shift_iso
from .rows import event_from_row

__all__ = ["Filters", "count", "documents", "events", "fts_query"]


@dataclass(frozen=True, slots=True)
class Filters:
    """Which events: actors by primary code, CAMEO root or code prefix, a date range, text."""

    source: str | None = None
    target: str | None = None
    actor: str | None = None  # either side
    root: str | None = None
    code: str | None = None  # a prefix: "05" or "054" or "0541"
    since: str | None = None  # YYYY-MM-DD; events that may have happened on or after it (decade-dated ones excepted)
    until: str | None = None
    search: str | None = None  # words that must all appear in the evidence sentence
    limit: int | None = None
    offset: int = 0
    country: str | None = None  # where the event took place: its location's state (primary code)
    place: str | None = None  # where the event took place: its location's name (any case)
    quad_class: int | None = None  # 0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    goldstein_min: float | None = None
    goldstein_max: float | None = None
    after: tuple[str | None, int | str] | None = None  # keyset cursor: the (lo, id) of the last event seen


# the reports whose evidence sentence matches: sentences are indexed once per document, and
# each report keeps its sentence's id (the (evidence_id, cluster_id) index answers this alone)
_CITING = "FROM events WHERE evidence_id IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)"
_CITING_EXACT = ("FROM events WHERE evidence_id IN (SELECT s.id FROM evidence s WHERE s.id IN "
                 "(SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?){likes})")
_TOKEN = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer keeps: runs of letters and digits


def fts_query(text: str) -> str:
    """Free text as an FTS5 query: every token of every word must appear. A punctuated word
    ("U.S.", "al-Shabaab", "Xi's") is its tokens, each required (the index keeps no positions,
    so no phrase); :func:`_citing` checks such words whole.

    >>> fts_query('U.S. "sanctions"')
    '"U" "S" "sanctions"'
    """
    tokens = _TOKEN.findall(text)
    if not tokens:
        raise StoreError("--search needs at least one word")
    return " ".join(f'"{t}"' for t in tokens)


def _citing(text: str) -> tuple[str, list[str]]:
    """The reports citing a sentence that holds every word of ``text``, punctuated ones whole."""
    punctuated = [w for w in text.split() if _TOKEN.fullmatch(w) is None and _TOKEN.search(w)]
    if not punctuated:
        return _CITING, [fts_query(text)]
    likes = "".join(" AND s.text LIKE ? ESCAPE '\\'" for _ in punctuated)
    patterns = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in punctuated]
    return _CITING_EXACT.format(likes=likes), [fts_query(text), *patterns]


def _year_before(day: str) -> str:
    try:
        return shift_iso(day, -366)
    except ValueError:
        raise StoreError(f"since must be a YYYY-MM-DD date, not {day!r}") from None


def _located(f: Filters, reports: bool) -> tuple[list[str], list[Any]]:
    """Country and place filters: the report's location (a clustered event's, any of its reports')."""
    tests, args = [], []
    if f.country:
        tests.append("json_extract(location, '$.country') = ?")
        args.append(f.country.upper())
    if f.place:
        tests.append("lower(json_extract(location, '$.name')) = lower(?)")
        args.append(f.place.strip())
    if not tests:
        return [], []
    test = " AND ".join(["location IS NOT NULL", *tests])
    return [test if reports else f"id IN (SELECT cluster_id FROM events WHERE {test})"], args


def _scored(f: Filters) -> tuple[list[str], list[Any]]:
    clauses, args = [], []
    if f.quad_class is not None:
        clauses.append("quad_class = ?")
        args.append(int(f.quad_class))
    if f.goldstein_min is not None:
        clauses.append("goldstein >= ?")
        args.append(float(f.goldstein_min))
    if f.goldstein_max is not None:
        clauses.append("goldstein <= ?")
        args.append(float(f.goldstein_max))
    return clauses, args


def _after(f: Filters) -> tuple[list[str], list[Any]]:
    """Events after the cursor in (lo, id) order (SQLite sorts a missing date first)."""
    if f.after is None:
        return [], []
    lo, last = f.after
    if lo is None:
        return ["((lo IS NULL AND id > ?) OR lo IS NOT NULL)"], [last]
    return ["(lo > ? OR (lo = ? AND id > ?))"], [lo, lo, last]


def _codes_under(conn: sqlite3.Connection, prefix: str | None, table: str) -> list[str] | None:
    """The codes stored under a code prefix, when they are few: ``code IN (...)`` lets the planner seek
    the (code, lo) index per code for a date range, where a prefix range forces a scan by date."""
    if not prefix:
        return None
    rows = _run(conn, f"SELECT DISTINCT code FROM {table} WHERE code >= ? AND code < ? LIMIT {_FEW_CODES + 1}",
                [prefix, prefix + "\uffff"])
    return [r[0] for r in rows] if len(rows) <= _FEW_CODES else None


def _where(f: Filters, reports: bool, codes: list[str] | None = None) -> tuple[str, list[Any]]:
    """The WHERE clause for ``f``; ``codes``: the stored codes under ``f.code`` (see :func:`_codes_under`)."""
    clauses: list[str] = []
    args: list[Any] = []
    for more, more_args in (_located(f, reports), _scored(f), _after(f)):
        clauses += more
        args += more_args
    for column, value in (("source_primary", f.source), ("target_primary", f.target), ("root", f.root)):
        if value:
            clauses.append(f"{column} = ?")
            args.append(value.upper() if column != "root" else value)
    if f.actor:
        clauses.append("(source_primary = ? OR target_primary = ?)")
        args += [f.actor.upper()] * 2
    if f.code and codes is not None:
        clauses.append(f"code IN ({','.join('?' * len(codes))})" if codes else "0")
        args += codes
    elif f.code:  # a prefix, as a range the (code, lo) index serves
        clauses.append("code >= ? AND code < ?")
        args += [f.code, f.code + "\uffff"]
    if f.since:  # lo bounded too, so the date index is used (a report's dates span at most a year)
        clauses.append("hi >= ? AND lo >= ?")
        args += [f.since, _year_before(f.since)]
    if f.until:
        clauses.append("lo <= ?")
        args.append(f.until)
    if f.search:
        citing, citing_args = _citing(f.search)
        clauses.append(f"rowid IN (SELECT rowid {citing})" if reports else f"id IN (SELECT cluster_id {citing})")
        args += citing_args
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


_FEW_CODES = 24  # more codes under a prefix than this: the range


def _page(f: Filters) -> str:
    if f.limit is None:
        return ""
    return f" LIMIT {int(f.limit)} OFFSET {int(f.offset)}"


def _run(conn: sqlite3.Connection, sql: str, args: list[Any]) -> list[sqlite3.Row]:
    try:
        return conn.execute(sql, args).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"the query failed: {exc}") from exc


def _reports(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    where, args = _where(f, reports=True, codes=_codes_under(conn, f.code, "events"))
    rows = _run(conn, f"SELECT * FROM events{where} ORDER BY lo, id{_page(f)}", args)
    return [{**event_from_row(r).to_dict(), "cluster_id": r["cluster_id"]} for r in rows]


def _members(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[sqlite3.Row]]:
    by_cluster: dict[int, list[sqlite3.Row]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = _run(conn, "SELECT e.*, d.url AS url, coalesce(d.published, substr(d.added, 1, 10)) AS reported"
                    f" FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.cluster_id IN"
                    f" ({','.join('?' * len(chunk))}) ORDER BY e.rowid", chunk)
        for r in rows:
            by_cluster[r["cluster_id"]].append(r)
    return by_cluster


def _actor(rep: sqlite3.Row, side: str) -> dict[str, Any]:
    return {k: rep[f"{side}_{k}"] for k in ("id", "primary", "code", "name")}


def _clustered(c: sqlite3.Row, members: list[sqlite3.Row]) -> dict[str, Any]:
    rep = next((m for m in members if m["id"] == c["rep_event"]), members[0])
    documents = list(dict.fromkeys(m["doc_id"] for m in members))
    return {
        "id": c["id"], "source": _actor(rep, "source"), "target": _actor(rep, "target"),
        "code": c["code"], "root": c["root"], "label": rep["label"], "quad_class": c["quad_class"],
        "goldstein": c["goldstein"], "plover": rep["plover"], "polarity": rep["polarity"],
        "confidence": max((m["confidence"] for m in members if m["confidence"] is not None), default=None),
        "date": c["date"],
        "date_precision": c["date_precision"], "mentions": c["mentions"], "documents": documents,
        "first_report": c["first_report"], "last_report": c["last_report"],
        "location": next((event_from_row(m).location for m in members if m["location"]), None),
        "urls": [u for u in dict.fromkeys(m["url"] for m in members) if u],
        "evidence": [{"text": m["evidence_text"], "doc_id": m["doc_id"], "event_id": m["id"],
                      "start": m["evidence_start"], "end": m["evidence_end"]} for m in members],
        "reports": [m["id"] for m in members],
    }


def events(conn: sqlite3.Connection, filters: Filters | None = None, *, reports: bool = False) -> list[dict[str, Any]]:
    """Events matching ``filters`` in date order: clustered records, or per-article reports."""
    f = filters or Filters()
    if reports:
        return _reports(conn, f)
    where, args = _where(f, reports=False, codes=_codes_under(conn, f.code, "clusters"))
    rows = _run(conn, f"SELECT * FROM clusters{where} ORDER BY lo, id{_page(f)}", args)
    members = _members(conn, [r["id"] for r in rows])
    return [_clustered(r, members[r["id"]]) for r in rows if members[r["id"]]]


def count(conn: sqlite3.Connection, filters: Filters | None = None, *, reports: bool = False) -> int:
    """How many events match (ignoring limit, offset and cursor)."""
    f = replace(filters or Filters(), after=None)
    table = "events" if reports else "clusters"
    where, args = _where(f, reports, codes=_codes_under(conn, f.code, table))
    return _run(conn, f"SELECT count(*) FROM {'events' if reports else 'clusters'}{where}", args)[0][0]


def documents(conn: sqlite3.Connection, search: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Stored documents (without their text), optionally those whose text matches ``search``."""
    sql = "SELECT id, ext_id, url, title, published, source, publisher, n_events, added, kb_version FROM documents"
    args: list[Any] = []
    if search:
        sql += " WHERE rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
        args.append(fts_query(search))
    return [dict(r) for r in _run(conn, sql + f" ORDER BY rowid LIMIT {int(limit)}", args)]
