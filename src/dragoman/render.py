"""Events as text: a readable table, JSON, JSON Lines, CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from .model import Event

__all__ = ["CSV_COLUMNS", "FORMATS", "render"]

FORMATS = ("table", "jsonl", "json", "csv")
CSV_COLUMNS = ("id", "doc_id", "sentence", "date", "date_precision", "source_primary", "source_code",
               "source_mention", "code", "root", "label", "target_primary", "target_code",
               "target_mention", "quad_class", "goldstein", "plover", "polarity", "modality",
               "location", "trigger", "rule", "confidence", "evidence")


def render(events: Iterable[Event], fmt: str) -> str:
    events = list(events)
    if fmt == "json":
        return json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events)
    if fmt == "csv":
        return _csv(events)
    return _table(events)


def _row(e: Event) -> dict[str, object]:
    return {
        "id": e.id, "doc_id": e.doc_id, "sentence": e.sentence, "date": e.date,
        "date_precision": e.date_precision, "source_primary": e.source.primary,
        "source_code": e.source.code, "source_mention": e.source.mention, "code": e.code,
        "root": e.root, "label": e.label, "target_primary": e.target.primary,
        "target_code": e.target.code, "target_mention": e.target.mention,
        "quad_class": e.quad_class, "goldstein": e.goldstein, "plover": e.plover,
        "polarity": e.polarity, "modality": e.modality,
        "location": (e.location or {}).get("name", ""), "trigger": e.trigger, "rule": e.rule,
        "confidence": e.confidence, "evidence": e.evidence["text"],
    }


def _csv(events: list[Event]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in events:
        writer.writerow(_row(e))
    return out.getvalue()


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(events: list[Event]) -> str:
    if not events:
        return "no events\n"
    header = ("date", "source", "code", "event", "target", "trigger", "evidence")
    rows = [(e.date or "?", f"{e.source.primary} ({_clip(e.source.mention, 18)})", e.code,
             _clip(e.label, 30), f"{e.target.primary} ({_clip(e.target.mention, 18)})",
             _clip(e.trigger, 18), _clip(e.evidence["text"], 60)) for e in events]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + f"\n{len(events)} event{'s' if len(events) != 1 else ''}\n"
