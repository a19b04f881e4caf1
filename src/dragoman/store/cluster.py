"""One record per real event: reports from many articles grouped into clustered events.

A report joins a clustered event when both have the same source and target
primary codes, compatible CAMEO codes (the same code, or one the general form
of the other: ``05``/``050`` against ``054``, ``104`` against ``1041``) and
dates that are compatible at their precision: the days each may mean (a day, a
week, a whole month or year), widened by ``window`` days, overlap. Among several
matching events the one with the same code, then the nearest date, then the most
precise date wins. Clustering is incremental: each new report is placed against
what the store already holds, inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from ..safedate import shift_iso

__all__ = ["WINDOW", "assign", "compatible", "place", "refresh", "release"]

WINDOW = 3  # days of slack on each side of a report's date


def _generic(code: str) -> bool:
    return len(code) <= 2 or (len(code) == 3 and code.endswith("0"))


def compatible(a: str, b: str) -> bool:
    """Whether two CAMEO codes may describe the same act.

    >>> compatible("054", "050"), compatible("1041", "104"), compatible("054", "051")
    (True, True, False)
    """
    if a[:2] != b[:2]:
        return False
    return a == b or a.startswith(b) or b.startswith(a) or _generic(a) or _generic(b)


@lru_cache(maxsize=65536)
def _days(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


@lru_cache(maxsize=65536)
def _shift(iso: str, days: int) -> str:
    return shift_iso(iso, days)  # clamped: an event on 9999-12-31 has no day after it


def _gap(lo1: str, hi1: str, lo2: str, hi2: str) -> int:
    return max(0, _days(lo2) - _days(hi1), _days(lo1) - _days(hi2))


def _candidates(conn: sqlite3.Connection, ev: Mapping[str, Any], window: int) -> list[sqlite3.Row]:
    base = ("SELECT id, code, lo, hi FROM clusters WHERE source_primary IS ? AND target_primary IS ? "
            "AND root = ? AND ")
    if ev["lo"] is None:
        return conn.execute(base + "lo IS NULL", (ev["source_primary"], ev["target_primary"],
                                                  ev["root"])).fetchall()
    return conn.execute(base + "lo <= ? AND hi >= ?",
                        (ev["source_primary"], ev["target_primary"], ev["root"],
                         _shift(ev["hi"], window), _shift(ev["lo"], -window))).fetchall()


def _best(ev: Mapping[str, Any], candidates: list[sqlite3.Row]) -> sqlite3.Row | None:
    fits = [c for c in candidates if compatible(ev["code"], c["code"])]
    if not fits:
        return None
    if ev["lo"] is None:
        return fits[0]

    def rank(c: sqlite3.Row) -> tuple[int, int, int]:
        return (c["code"] != ev["code"], _gap(ev["lo"], ev["hi"], c["lo"], c["hi"]),
                _days(c["hi"]) - _days(c["lo"]))
    return min(fits, key=rank)


def _new_cluster(conn: sqlite3.Connection, ev: Mapping[str, Any], reported: str | None) -> int:
    cur = conn.execute(
        "INSERT INTO clusters (source_primary, target_primary, root, code, date, date_precision, lo, hi,"
        " rep_event, goldstein, quad_class, mentions, n_documents, first_report, last_report)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,1,1,?,?)",
        (ev["source_primary"], ev["target_primary"], ev["root"], ev["code"], ev["date"],
         ev["date_precision"], ev["lo"], ev["hi"], ev["id"], ev["goldstein"], ev["quad_class"],
         reported, reported))
    return cur.lastrowid


def _narrow(conn: sqlite3.Connection, cluster: sqlite3.Row, ev: Mapping[str, Any]) -> None:
    """Let later reports match against the most specific code and most precise date seen so far."""
    if _generic(cluster["code"]) and not _generic(ev["code"]):
        conn.execute("UPDATE clusters SET code = ? WHERE id = ?", (ev["code"], cluster["id"]))
    if ev["lo"] and _days(ev["hi"]) - _days(ev["lo"]) < _days(cluster["hi"]) - _days(cluster["lo"]):
        conn.execute("UPDATE clusters SET lo = ?, hi = ? WHERE id = ?", (ev["lo"], ev["hi"], cluster["id"]))


def place(conn: sqlite3.Connection, reports: list[Mapping[str, Any]], reported: str | None,
          window: int = WINDOW) -> tuple[list[int], set[int]]:
    """Cluster ids for new reports (not yet stored), and the existing clusters they joined.

    A report that starts a cluster leaves it complete; the joined ones need :func:`refresh`
    once the reports are stored.
    """
    ids, joined = [], set()
    for ev in reports:
        best = _best(ev, _candidates(conn, ev, window))
        if best is None:
            ids.append(_new_cluster(conn, ev, reported))
        else:
            _narrow(conn, best, ev)
            ids.append(best["id"])
            joined.add(best["id"])
    return ids, joined


def assign(conn: sqlite3.Connection, event_ids: Iterable[str], window: int = WINDOW) -> set[int]:
    """Cluster reports already stored (an upgraded store's); returns the touched cluster ids."""
    touched: set[int] = set()
    for event_id in event_ids:
        ev = conn.execute("SELECT id, source_primary, target_primary, root, code, date, date_precision,"
                          " lo, hi, goldstein, quad_class FROM events WHERE id = ?", (event_id,)).fetchone()
        if ev is not None:
            (cluster_id,), _ = place(conn, [ev], None, window)
            conn.execute("UPDATE events SET cluster_id = ? WHERE id = ?", (cluster_id, event_id))
            touched.add(cluster_id)
    refresh(conn, touched)
    return touched


def _span(m: sqlite3.Row) -> int:
    return _days(m["hi"]) - _days(m["lo"]) if m["lo"] else 1 << 30


def _representative(members: list[sqlite3.Row]) -> tuple[str, sqlite3.Row]:
    """The cluster's code (the most frequent of its most specific codes) and its best report:
    one with that code and the most frequent of the most precise dates."""
    specific = [m for m in members if not _generic(m["code"])] or members
    longest = max(len(m["code"]) for m in specific)
    code = Counter(m["code"] for m in specific if len(m["code"]) == longest).most_common(1)[0][0]
    narrowest = min(_span(m) for m in members)
    precise = [m for m in members if _span(m) == narrowest]
    dates = Counter(m["date"] for m in precise)
    date = min(dates, key=lambda d: (-dates[d], d or ""))
    dated = [m for m in precise if m["date"] == date]
    return code, next((m for m in dated if m["code"] == code), dated[0])


def refresh(conn: sqlite3.Connection, cluster_ids: Iterable[int]) -> None:
    """Recompute each cluster's code, date, counts and first/last report from its reports."""
    for cluster_id in cluster_ids:
        members = conn.execute(
            "SELECT e.id, e.code, e.date, e.date_precision, e.lo, e.hi, e.goldstein, e.quad_class,"
            " e.doc_id, coalesce(d.published, substr(d.added, 1, 10)) AS reported"
            " FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.cluster_id = ?"
            " ORDER BY e.rowid", (cluster_id,)).fetchall()
        if not members:
            conn.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))
            continue
        code, rep = _representative(members)
        reported = [m["reported"] for m in members if m["reported"]]
        conn.execute(
            "UPDATE clusters SET code = ?, date = ?, date_precision = ?, lo = ?, hi = ?, rep_event = ?,"
            " goldstein = ?, quad_class = ?, mentions = ?, n_documents = ?, first_report = ?,"
            " last_report = ? WHERE id = ?",
            (code, rep["date"], rep["date_precision"], rep["lo"], rep["hi"], rep["id"],
             rep["goldstein"], rep["quad_class"], len(members), len({m["doc_id"] for m in members}),
             min(reported, default=None), max(reported, default=None), cluster_id))


def release(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> None:
    """Delete the documents' reports (and their evidence sentences) and refresh (or drop) the
    clusters they belonged to."""
    doc_ids = list(doc_ids)
    touched: set[int] = set()
    for doc_id in doc_ids:
        touched.update(r[0] for r in conn.execute(
            "SELECT DISTINCT cluster_id FROM events WHERE doc_id = ? AND cluster_id IS NOT NULL", (doc_id,)))
        conn.execute("DELETE FROM events WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM evidence WHERE doc_id = ?", (doc_id,))
    refresh(conn, touched)
