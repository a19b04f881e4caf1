"""A dyad's timeline: events both ways per month or year, with their mean Goldstein score.

>>> from dragoman.store import connect
>>> timeline(connect(":memory:"), "RUS", "AFG")["periods"]
[]
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import StoreError

__all__ = ["PERIODS", "timeline"]

PERIODS = {"month": 7, "year": 4}

_WHERE = """
FROM {table}
WHERE ((source_primary = ? AND target_primary = ?) OR (source_primary = ? AND target_primary = ?))
  AND lo IS NOT NULL AND (substr(lo, 1, {n}) {fits} substr(hi, 1, {n})) {since} {until}
"""


def _where(table: str, n: int, fits: bool, since: str | None, until: str | None) -> str:
    return _WHERE.format(table=table, n=n, fits="=" if fits else "!=",
                         since="AND hi >= ?" if since else "", until="AND lo <= ?" if until else "")


def timeline(conn: sqlite3.Connection, a: str, b: str, by: str = "month", *, reports: bool = False,
             since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """Events from A to B and from B to A per period (clustered events, or reports).

    Each period row: ``period``, ``source``, ``target``, ``events``, ``goldstein`` (mean).
    Events dated more coarsely than the period (a year-only date in a monthly
    timeline) are left out and counted in ``too_coarse``.
    """
    if by not in PERIODS:
        raise StoreError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}")
    a, b = a.upper(), b.upper()
    n, table = PERIODS[by], "events" if reports else "clusters"
    args = [a, b, b, a] + [d for d in (since, until) if d]
    rows = conn.execute(f"SELECT substr(lo, 1, {n}) AS period, source_primary, target_primary,"
                        f" count(*) AS events, avg(goldstein) AS goldstein"
                        f" {_where(table, n, True, since, until)} GROUP BY 1, 2, 3 ORDER BY 1, 2", args)
    periods = [{"period": r["period"], "source": r["source_primary"], "target": r["target_primary"],
                "events": r["events"], "goldstein": round(r["goldstein"] or 0.0, 2)} for r in rows]
    coarse = conn.execute(f"SELECT count(*) {_where(table, n, False, since, until)}", args).fetchone()[0]
    return {"actors": [a, b], "by": by, "periods": periods, "too_coarse": coarse}
