"""Store query results as text: tables for people, JSON and CSV for programs."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from .export.columns import CLUSTER_COLUMNS, REPORT_COLUMNS, flat

__all__ = ["board_table", "events_text", "table", "timeline_table"]


def _clip(text: Any, width: int) -> str:
    text = " ".join(str(text if text is not None else "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Columns padded to their widest cell, a rule under the header."""
    cells = [[str(c) for c in header]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _event_rows(records: list[dict[str, Any]], reports: bool) -> tuple[list[str], list[list[Any]]]:
    if reports:
        header = ["date", "source", "code", "event", "target", "cluster", "evidence"]
        rows = [[r["date"] or "?", r["source"]["primary"], r["code"], _clip(r["label"], 30),
                 r["target"]["primary"], r["cluster_id"], _clip(r["evidence"]["text"], 60)] for r in records]
        return header, rows
    header = ["id", "date", "source", "code", "event", "target", "mentions", "docs", "evidence"]
    rows = [[r["id"], r["date"] or "?", r["source"]["primary"], r["code"], _clip(r["label"], 30),
             r["target"]["primary"], r["mentions"], len(r["documents"]),
             _clip(r["evidence"][0]["text"], 60)] for r in records]
    return header, rows


def events_text(records: list[dict[str, Any]], fmt: str, reports: bool, safe_csv: bool = True) -> str:
    """Clustered events (or reports) as table, json, jsonl or csv (formula cells neutralised
    unless ``safe_csv`` is false)."""
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=REPORT_COLUMNS if reports else CLUSTER_COLUMNS,
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat(r, reports, safe=safe_csv) for r in records)
        return out.getvalue()
    if not records:
        return "no events\n"
    noun = "report" if reports else "event"
    return table(*_event_rows(records, reports)) + f"{len(records)} {noun}{'s' if len(records) != 1 else ''}\n"


def timeline_table(result: dict[str, Any]) -> str:
    """One row per period: events and mean Goldstein each way."""
    a, b = result["actors"]
    cells: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
    for row in result["periods"]:
        cells.setdefault(row["period"], {})[(row["source"], row["target"])] = row
    header = [result["by"], f"{a}->{b}", "goldstein", f"{b}->{a}", "goldstein"]
    rows = []
    for period, pair in cells.items():
        ab, ba = pair.get((a, b)), pair.get((b, a))
        rows.append([period, ab["events"] if ab else 0, f"{ab['goldstein']:+.2f}" if ab else "",
                     ba["events"] if ba else 0, f"{ba['goldstein']:+.2f}" if ba else ""])
    if not rows:
        return f"no events between {a} and {b}\n"
    note = f"({result['too_coarse']} events dated too coarsely for a {result['by']} left out)\n" \
        if result["too_coarse"] else ""
    return table(header, rows) + note


def _evidence(entry: dict[str, Any]) -> str:
    """A coded event's sentence when the store holds one (it is the news), else the baseline fact."""
    first = next((e for e in entry["evidence"] if "event" in e), entry["evidence"][0])
    if "fact" in first:
        return first["source"]
    return f"event {first['event']}: {first['text']}"


def board_table(board: list[dict[str, Any]], entity: str, as_of: str) -> str:
    """The recognition board: one state a row, with one piece of evidence (a coded event's first)."""
    if not board:
        return f"no recorded stance towards {entity} as of {as_of}\n"
    rows = [[r["primary"], _clip(r["name"], 24), r["status"], r["since"], _clip(_evidence(r), 70)]
            for r in board]
    recognizing = sum(r["status"] == "recognizes" for r in board)
    return (f"{entity} as of {as_of}: {recognizing} recognizing\n"
            + table(["state", "name", "status", "since", "evidence"], rows))
