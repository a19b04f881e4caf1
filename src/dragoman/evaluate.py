"""Score events against gold annotations, as ``shared/gold/README.md`` defines.

Per item, predictions and gold events are reduced to (source, target, root)
triples, root 01 dropped on both sides. A prediction is *correct* when it
matches a scored gold event (same source and target, root equal to the gold
root or one of its ``alt_roots``), *neutral* when it matches only optional
gold events, and a false positive otherwise. A scored gold event is recalled
when some prediction matches it. Date agreement is the share of recalled gold
events for which a matching prediction's date starts with the gold date
(``2025-07`` agrees with ``2025-07-03``; when several predictions share the
triple, one agreeing date suffices). Full-code agreement is the share of recalled
gold events that carry a ``code`` for which a matching prediction has that same
full code (predictions then come as (triple, date, code)). Location agreement is the
share of recalled gold events that carry a ``place`` with ``lat`` and ``lon`` for which a
matching prediction is placed within :data:`NEAR_KM` km of it (predictions then come as
(triple, date, code, (lat, lon) or None)); it is printed only for files whose events carry
places. Everything is micro-averaged over items.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .knowledge.codebook import CONTENTIOUS_ROOTS
from .errors import InputError

from .ingest.jsonl import publisher_of

__all__ = ["NEAR_KM", "GoldItem", "Score", "confusion_table", "km", "load_gold", "point", "score", "score_item"]

Triple = tuple[str, str, str]
NEAR_KM = 50  # a predicted place this close to the gold place agrees (the conflict monitors' figure)


@dataclass(slots=True)
class GoldItem:
    id: str
    published: dt.date | None
    text: str
    events: list[dict[str, Any]]
    url: str | None = None  # the article's address, read as the coder reads an input's
    publisher: str | None = None  # the outlet's name (ingest.jsonl.PUBLISHER_KEYS), passed to the coder


@dataclass(slots=True)
class Score:
    items: int = 0
    correct: int = 0
    false_positives: int = 0
    neutral: int = 0
    gold: int = 0
    recalled: int = 0
    dated: int = 0
    coded: int = 0  # recalled gold events with a full code, where predictions carry codes
    code_agreed: int = 0
    placed: int = 0  # recalled gold events with a place (lat, lon)
    place_agreed: int = 0  # ... of which a matching prediction lies within NEAR_KM
    alarmed: int = 0  # items with a false positive (the figure for a file of non-events)
    alarmed_conflict: int = 0  # items with a false positive in roots 14-20
    missed_by_root: Counter = field(default_factory=Counter)
    spurious_by_root: Counter = field(default_factory=Counter)
    misses: list[tuple[str, Triple]] = field(default_factory=list)
    spurious: list[tuple[str, Triple]] = field(default_factory=list)
    confusion: Counter = field(default_factory=Counter)  # (gold root or "-", predicted root or "-")

    @property
    def precision(self) -> float:
        total = self.correct + self.false_positives
        return self.correct / total if total else 0.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_agreement(self) -> float:
        return self.dated / self.recalled if self.recalled else 0.0

    @property
    def code_agreement(self) -> float:
        return self.code_agreed / self.coded if self.coded else 0.0

    @property
    def place_agreement(self) -> float:
        return self.place_agreed / self.placed if self.placed else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"items": self.items, "f1": round(self.f1, 4), "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "date_agreement": round(self.date_agreement, 4),
                "code_agreement": round(self.code_agreement, 4), "coded_events": self.coded,
                "place_agreement": round(self.place_agreement, 4), "placed_events": self.placed,
                "gold_events": self.gold, "recalled": self.recalled, "correct": self.correct,
                "false_positives": self.false_positives, "neutral": self.neutral,
                "items_with_false_positives": self.alarmed, "items_with_conflict_false_positives": self.alarmed_conflict,
                "missed_by_root": dict(sorted(self.missed_by_root.items())),
                "spurious_by_root": dict(sorted(self.spurious_by_root.items()))}


def load_gold(path: Path) -> list[GoldItem]:
    """Gold items from a JSON Lines file, or one JSON object whose ``file`` holds the text."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        objects = [json.loads(raw)]
    else:
        objects = []
        for number, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                try:
                    objects.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}", f"is not valid JSON ({exc.msg})") from None
    return [_item(obj, path) for obj in objects]


def _item(obj: dict[str, Any], path: Path) -> GoldItem:
    text = obj.get("text")
    if text is None and obj.get("file"):
        text_path = (path.parent / obj["file"]).resolve()
        if not text_path.exists():
            raise InputError(str(path), f"item {obj.get('id')}: text file {obj['file']} not found")
        text = text_path.read_text(encoding="utf-8")
    published = dt.date.fromisoformat(obj["published"]) if obj.get("published") else None
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    return GoldItem(str(obj.get("id")), published, text or "", list(obj.get("events", [])), url,
                    publisher_of(obj))


def gold_roots(event: dict[str, Any]) -> set[str]:
    """The roots a gold event accepts: its root and its alternatives."""
    return {event["root"], *event.get("alt_roots", [])}


def score_item(item: GoldItem, predicted: Iterable[tuple], total: Score) -> None:
    """Add one item's counts to ``total``; ``predicted`` holds (triple, date) pairs,
    (triple, date, full code) triples or (triple, date, full code, (lat, lon) or None)."""
    dates: dict[Triple, list[str]] = {}
    codes: dict[Triple, set[str]] = {}
    places: dict[Triple, list[tuple[float, float]]] = {}
    for triple, date, *rest in predicted:
        if triple[2] != "01":
            dates.setdefault(triple, []).append(date or "")
            codes.setdefault(triple, set()).update(c for c in rest[:1] if c)
            places.setdefault(triple, []).extend(p for p in rest[1:2] if p)
    gold = [g for g in item.events if g["root"] != "01"]
    total.items += 1
    for triple in dates:
        hits = [g for g in gold if g["source"] == triple[0] and g["target"] == triple[1]
                and triple[2] in gold_roots(g)]
        if any(not g.get("optional") for g in hits):
            total.correct += 1
        elif hits:
            total.neutral += 1
        else:
            total.false_positives += 1
            total.spurious_by_root[triple[2]] += 1
            total.spurious.append((item.id, triple))
    false = [t for t in dates if not any(g["source"] == t[0] and g["target"] == t[1] and t[2] in gold_roots(g)
                                         for g in gold)]
    total.alarmed += bool(false)
    total.alarmed_conflict += any(t[2] in CONTENTIOUS_ROOTS for t in false)
    _confuse(gold, dates, total.confusion)
    for g in gold:
        if g.get("optional"):
            continue
        total.gold += 1
        matches = [t for t in dates if t[0] == g["source"] and t[1] == g["target"] and t[2] in gold_roots(g)]
        if not matches:
            total.missed_by_root[g["root"]] += 1
            total.misses.append((item.id, (g["source"], g["target"], g["root"])))
            continue
        total.recalled += 1
        if any(d.startswith(str(g.get("date", ""))) for t in matches for d in dates[t]):
            total.dated += 1
        predicted_codes = set().union(*(codes[t] for t in matches))
        if g.get("code") and predicted_codes:
            total.coded += 1
            total.code_agreed += g["code"] in predicted_codes
        at = point(g.get("place"))
        if at is not None:
            total.placed += 1
            total.place_agreed += any(km(p, at) <= NEAR_KM for t in matches for p in places.get(t, ()))


def point(place: Any) -> tuple[float, float] | None:
    """A place mapping's (lat, lon) (a gold event's ``place``, a record's ``location``), or None
    when it gives no coordinates."""
    if not isinstance(place, dict) or place.get("lat") is None or place.get("lon") is None:
        return None
    try:
        return float(place["lat"]), float(place["lon"])
    except (TypeError, ValueError):
        return None


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points (haversine, earth radius 6,371 km)."""
    lat1, lat2 = math.radians(a[0]), math.radians(b[0])
    half = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(half)))


def _confuse(gold: list[dict[str, Any]], dates: dict[Triple, list[str]], table: Counter) -> None:
    """Root confusion by actor pair: gold root against the predicted root for the same pair."""
    scored = [g for g in gold if not g.get("optional")]
    for g in scored:
        pair = [t[2] for t in dates if t[:2] == (g["source"], g["target"])]
        hit = next((r for r in pair if r in gold_roots(g)), None)
        table[(g["root"], hit or (pair[0] if pair else "-"))] += 1
    for triple in dates:
        if not any((g["source"], g["target"]) == triple[:2] for g in gold):
            table[("-", triple[2])] += 1


def confusion_table(result: Score) -> str:
    """The confusion counts as a Markdown table: rows gold root, columns predicted root."""
    rows = sorted({g for g, _ in result.confusion})
    cols = sorted({p for _, p in result.confusion})
    lines = ["| gold \\ predicted | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for r in rows:
        cells = [str(result.confusion.get((r, c), "")) for c in cols]
        lines.append(f"| {r} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def score(items: list[GoldItem], predict: Callable[[GoldItem], list[tuple]]) -> Score:
    """Score ``predict`` (item -> [(triple, date)] or [(triple, date, code)]) over gold ``items``."""
    total = Score()
    for item in items:
        score_item(item, predict(item), total)
    return total
