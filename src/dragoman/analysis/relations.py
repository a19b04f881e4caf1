"""The relations graph as of a date: actor pairs with their event count and summed Goldstein.

>>> from dragoman.store import connect
>>> relations(connect(":memory:"), "2025-07-20")["edges"]
[]
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any
from xml.sax.saxutils import quoteattr

from ..errors import StoreError
from ..safedate import shift

__all__ = ["graphml", "relations"]


def relations(conn: sqlite3.Connection, as_of: str, window: int = 365, *, reports: bool = False) -> dict[str, Any]:
    """Directed edges source -> target over events dated in the ``window`` days up to ``as_of``."""
    try:
        end = dt.date.fromisoformat(as_of)
    except ValueError:
        raise StoreError(f"--as-of must be a YYYY-MM-DD date, not {as_of!r}") from None
    start = shift(end, 1 - window).isoformat()
    rows = conn.execute(
        f"SELECT source_primary, target_primary, count(*) AS events, sum(goldstein) AS goldstein"
        f" FROM {'events' if reports else 'clusters'} WHERE lo <= ? AND hi >= ?"
        f" AND source_primary != target_primary GROUP BY 1, 2 ORDER BY 1, 2", (as_of, start)).fetchall()
    edges = [{"source": r[0], "target": r[1], "events": r[2], "goldstein": round(r[3] or 0.0, 2)} for r in rows]
    nodes = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    return {"as_of": as_of, "window": window, "nodes": [{"id": n} for n in nodes], "edges": edges}


def graphml(graph: dict[str, Any]) -> str:
    """The graph as GraphML (edge attributes ``events`` and ``goldstein``)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
             '  <key id="events" for="edge" attr.name="events" attr.type="int"/>',
             '  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>',
             f'  <graph id={quoteattr("relations " + graph["as_of"])} edgedefault="directed">']
    lines += [f"    <node id={quoteattr(n['id'])}/>" for n in graph["nodes"]]
    for e in graph["edges"]:
        lines += [f"    <edge source={quoteattr(e['source'])} target={quoteattr(e['target'])}>",
                  f'      <data key="events">{e["events"]}</data>',
                  f'      <data key="goldstein">{e["goldstein"]}</data>', "    </edge>"]
    return "\n".join(lines + ["  </graph>", "</graphml>"]) + "\n"
