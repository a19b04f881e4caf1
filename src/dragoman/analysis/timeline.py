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

_SQL = """
SELECT CASE WHEN substr(lo, 1, {n}) = substr(hi, 1, {n}) THEN substr(lo, 1, {n}) END AS period,
       source_primary, target_primary, count(*) AS events, avg(goldstein) AS goldstein
FROM {table}
WHERE ((source_primary = ? AND target_primary = ?) OR (source_primary = ? AND target_primary = ?))
  AND lo IS NOT NULL {since} {until}
GROUP BY 1, 2, 3 ORDER BY 1, 2
"""


def timeline(conn: sqlite3.Connection, a: str, b: str, by: str = "month", *, reports: bool = False,
             since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """Events from A to B and from B to A per period (clustered events, or reports).

    Each period row: ``period``, ``source``, ``target``, ``events``, ``goldstein`` (mean).
    Events dated more coarsely than the period (a year-only date in a monthly
    timeline) are left out and counted in ``too_coarse``. The dyad is read once.
    """
    if by not in PERIODS:
        raise StoreError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}")
    a, b = a.upper(), b.upper()
    n, table = PERIODS[by], "events" if reports else "clusters"
    args = [a, b, b, a] + [d for d in (since, until) if d]
    sql = _SQL.format(n=n, table=table, since="AND hi >= ?" if since else "", until="AND lo <= ?" if until else "")
    periods, coarse = [], 0
    for r in conn.execute(sql, args):
        if r["period"] is None:
            coarse += r["events"]
            continue
        periods.append({"period": r["period"], "source": r["source_primary"], "target": r["target_primary"],
                        "events": r["events"], "goldstein": round(r["goldstein"] or 0.0, 2)})
    return {"actors": [a, b], "by": by, "periods": periods, "too_coarse": coarse}
