"""Events to table rows and back: the per-article report as stored."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from ..model import ActorRef, Event

__all__ = ["EVENT_COLUMNS", "event_from_row", "event_row", "interval"]

EVENT_COLUMNS = (
    "id", "doc_id", "sentence", "source_id", "source_primary", "source_code", "source_name",
    "source_mention", "target_id", "target_primary", "target_code", "target_name", "target_mention",
    "code", "root", "label", "quad_class", "goldstein", "plover", "date", "date_precision",
    "date_basis", "lo", "hi", "location", "polarity", "modality", "evidence_text",
    "evidence_start", "evidence_end", "trigger", "rule", "confidence",
)


def interval(date: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """The first and last day a date at its precision may mean.

    >>> interval("2025-07", "month")
    ('2025-07-01', '2025-07-31')
    >>> interval("2020", "decade")
    ('2020-01-01', '2029-12-31')
    """
    if not date:
        return None, None
    try:
        if len(date) == 10 and precision == "day":  # the common case: checked, not rebuilt
            dt.date.fromisoformat(date)
            return date, date
        parts = [int(p) for p in date.split("-")[:3]]
    except ValueError:
        return None, None
    if len(parts) == 3:
        first = dt.date(*parts)
        last = first + dt.timedelta(days=6 if precision == "week" else 0)
    elif len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    else:
        span = 10 if precision == "decade" else 1
        first, last = dt.date(parts[0], 1, 1), dt.date(parts[0] + span - 1, 12, 31)
    return first.isoformat(), last.isoformat()


def event_row(e: Event, doc_id: str) -> tuple[Any, ...]:
    lo, hi = interval(e.date, e.date_precision)
    return (e.id, doc_id, e.sentence, e.source.id, e.source.primary, e.source.code, e.source.name,
            e.source.mention, e.target.id, e.target.primary, e.target.code, e.target.name,
            e.target.mention, e.code, e.root, e.label, e.quad_class, e.goldstein, e.plover, e.date,
            e.date_precision, e.date_basis, lo, hi,
            json.dumps(e.location, ensure_ascii=False) if e.location else None, e.polarity,
            e.modality, e.evidence["text"], e.evidence.get("start"), e.evidence.get("end"),
            e.trigger, e.rule, e.confidence)


def _actor(row: sqlite3.Row, side: str) -> ActorRef:
    return ActorRef(id=row[f"{side}_id"], primary=row[f"{side}_primary"], code=row[f"{side}_code"],
                    name=row[f"{side}_name"], mention=row[f"{side}_mention"])


def event_from_row(row: sqlite3.Row) -> Event:
    """The stored report as the Event the coder made."""
    return Event(
        id=row["id"], doc_id=row["doc_id"], sentence=row["sentence"],
        source=_actor(row, "source"), target=_actor(row, "target"), code=row["code"],
        root=row["root"], label=row["label"], quad_class=row["quad_class"],
        goldstein=row["goldstein"], plover=row["plover"], date=row["date"],
        date_precision=row["date_precision"], date_basis=row["date_basis"],
        location=json.loads(row["location"]) if row["location"] else None,
        polarity=row["polarity"], modality=row["modality"],
        evidence={"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"]},
        trigger=row["trigger"], rule=row["rule"], confidence=row["confidence"])
