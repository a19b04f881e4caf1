"""Events as text: a readable table, JSON, JSON Lines, CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from .export.columns import neutral
from .model import Event

__all__ = ["CSV_COLUMNS", "FORMATS", "render", "render_stream"]
TABLE_CHUNK = 1000  # events a streamed table holds before it is printed

FORMATS = ("table", "jsonl", "json", "csv")
CSV_COLUMNS = ("id", "doc_id", "sentence", "date", "date_precision", "source_primary", "source_code",
               "source_mention", "code", "root", "label", "target_primary", "target_code",
               "target_mention", "quad_class", "goldstein", "plover", "polarity", "modality",
               "location", "trigger", "rule", "confidence", "evidence")


def render(events: Iterable[Event], fmt: str, safe_csv: bool = True) -> str:
    events = list(events)
    if fmt == "json":
        return json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events)
    if fmt == "csv":
        return _csv(events, safe=safe_csv)
    return _table(events)


def render_stream(batches: Iterable[list[Event]], fmt: str, safe_csv: bool = True) -> Iterator[str]:
    """Like :func:`render`, a piece at a time: each batch (one document's events) is written as it
    comes, so memory does not grow with the corpus. A table is printed every
    :data:`TABLE_CHUNK` events (each piece with its header), the count at the end."""
    total, held = 0, []
    if fmt == "json":
        yield "["
    for events in batches:
        if fmt == "json":
            yield from ((",\n" if total + i else "\n") + json.dumps(e.to_dict(), ensure_ascii=False)
                        for i, e in enumerate(events))
        elif fmt == "csv":
            yield _csv(events, header=total == 0 and bool(events), safe=safe_csv)
        elif fmt == "jsonl":
            yield render(events, fmt)
        else:
            held += events
            if len(held) >= TABLE_CHUNK:
                yield _table(held, count=False)
                held = []
        total += len(events)
    if fmt == "json":
        yield "\n]\n" if total else "]\n"
    elif fmt == "csv" and total == 0:
        yield _csv([], safe=safe_csv)
    elif fmt == "table":
        yield _table(held, count=False) if held else ("no events\n" if total == 0 else "")
        if total:
            yield f"{total} event{'s' if total != 1 else ''}\n"


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


def _csv(events: list[Event], header: bool = True, safe: bool = True) -> str:
    """CSV rows; a text cell starting like a formula gets a quote before it unless not ``safe``."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    for e in events:
        row = _row(e)
        writer.writerow({k: neutral(v) for k, v in row.items()} if safe else row)
    return out.getvalue()


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(events: list[Event], count: bool = True) -> str:
    if not events:
        return "no events\n"
    header = ("date", "source", "code", "event", "target", "trigger", "evidence")
    rows = [(e.date or "?", f"{e.source.primary} ({_clip(e.source.mention, 18)})", e.code,
             _clip(e.label, 30), f"{e.target.primary} ({_clip(e.target.mention, 18)})",
             _clip(e.trigger, 18), _clip(e.evidence["text"], 60)) for e in events]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    tail = f"\n{len(events)} event{'s' if len(events) != 1 else ''}\n" if count else "\n"
    return "\n".join(lines) + tail
