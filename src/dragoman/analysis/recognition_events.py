"""Recognition facts read from coded events in the store (see :mod:`.recognition`)."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .recognition import Entity, Fact

__all__ = ["coded_facts"]

_SQL = """
SELECT e.id, e.cluster_id, e.source_primary, e.target_primary, e.code, e.evidence_text, e.doc_id,
       coalesce(c.date, e.date) AS date, coalesce(c.lo, e.lo) AS lo
FROM events e LEFT JOIN clusters c ON c.id = e.cluster_id
WHERE e.polarity = 'asserted' AND e.modality = 'actual' AND e.lo IS NOT NULL AND ({where})
ORDER BY lo, e.rowid
"""


def _rows(conn: sqlite3.Connection, entity: Entity) -> list[sqlite3.Row]:
    sides, args = [], []
    if entity.primary:
        sides.append("e.target_primary = ?")
        args.append(entity.primary)
    if entity.actor_ids:
        sides.append(f"e.target_id IN ({','.join('?' * len(entity.actor_ids))})")
        args += list(entity.actor_ids)
    # code ranges rather than LIKE, so the (target, code) indexes answer them
    acts = "((e.code >= '054' AND e.code < '055') OR (e.code >= '161' AND e.code < '162'))"
    own = f"(({' OR '.join(sides)}) AND {acts})" if sides else "0"
    where = own
    if entity.rival:
        where += " OR (e.target_primary = ? AND e.code >= '054' AND e.code < '055')"
        args.append(entity.rival)
    return conn.execute(_SQL.format(where=where), args).fetchall()


def _status(row: sqlite3.Row, entity: Entity) -> str:
    if entity.rival and row["target_primary"] == entity.rival and row["code"].startswith("054"):
        return "withdrew"
    return "recognizes" if row["code"].startswith("054") else "no relations"


def coded_facts(conn: sqlite3.Connection, entity: Entity, states: dict[str, str]) -> list[Fact]:
    """One fact per clustered event: its source state, status and date, its reports as evidence."""
    from .recognition import Fact

    grouped: dict[Any, list[sqlite3.Row]] = {}
    for row in _rows(conn, entity):
        if row["source_primary"] not in states or row["source_primary"] in (entity.primary, entity.id):
            continue
        if entity.start and row["lo"] < entity.start:
            continue
        grouped.setdefault(row["cluster_id"] or row["id"], []).append(row)
    facts = []
    for key, rows in grouped.items():
        first = rows[0]
        evidence = tuple({"event": key, "report": r["id"], "doc_id": r["doc_id"], "text": r["evidence_text"]}
                         for r in rows)
        facts.append(Fact(id=f"event:{key}", entity=entity.id, recognizer=first["source_primary"],
                          status=_status(first, entity), since=first["date"], evidence=evidence))
    return facts
