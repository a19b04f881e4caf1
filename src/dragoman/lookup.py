"""Looking up the knowledge the record is coded with: actors (search, resolve on a date) and the codebook.

The CLI's ``dragoman actors`` and the HTTP API's ``/actors`` and ``/codebook`` call these.

>>> [c["label"] for c in codebook() if c["code"] == "054"]
['Grant diplomatic recognition']
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .knowledge import DATA, Knowledge, load_codebook
from .knowledge.resolve import resolve_text

__all__ = ["ACTOR_FIELDS", "ACTOR_TYPES", "actor_belongs", "actor_row", "codebook", "find_actors", "resolve_actor"]

ACTOR_TYPES = ("state", "igo", "group", "person")
ACTOR_FIELDS = ("id", "primary", "code", "role", "name", "valid_from", "valid_to")


def actor_row(record: dict[str, Any]) -> dict[str, Any]:
    """A knowledge-base record as a listing row: id, type, primary, code, name, validity."""
    kind = record.get("type", "state")
    primary = record.get("primary") or (record["id"] if kind == "state" else record.get("country"))
    return {"id": record["id"], "type": kind, "primary": primary, "code": record.get("code") or primary,
            "name": record.get("name", record["id"]), "valid_from": record.get("valid_from"),
            "valid_to": record.get("valid_to")}


def actor_belongs(record: dict[str, Any], country: str) -> bool:
    """Whether a record is of this state (or body): its own id, primary, country or office."""
    ids = {record.get("primary"), record.get("country")}
    if record.get("type", "state") == "state":
        ids.add(record["id"])
    ids |= {o.get("primary") for o in record.get("offices", [])}
    return country in ids


def _matches(record: dict[str, Any], words: list[str]) -> bool:
    hay = " ".join([record["id"], record.get("name", ""), *record.get("aliases", [])]).casefold()
    return all(w in hay for w in words)


def find_actors(knowledge: Knowledge, query: str | None = None, kind: str | None = None,
                country: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Actors by type, state and words of their id, name or aliases (every word must appear)."""
    words = (query or "").casefold().split()
    rows = [actor_row(r) for r in knowledge.kb.records.values()
            if (kind is None or r.get("type", "state") == kind)
            and (country is None or actor_belongs(r, country.upper()))
            and (not words or _matches(r, words))]
    rows.sort(key=lambda r: (r["type"], r["id"]))
    return rows[:limit] if limit is not None else rows


def resolve_actor(text: str, date: dt.date | str | None, knowledge: Knowledge) -> list[dict[str, Any]]:
    """What ``text`` denotes on ``date``, best first (nothing for unknown text)."""
    return [{f: getattr(a, f) for f in ACTOR_FIELDS} for a in resolve_text(text, date, knowledge)]


def codebook() -> list[dict[str, Any]]:
    """Every CAMEO code with its root, label, Goldstein weight, quad class and PLOVER type, in code order."""
    codes = load_codebook(DATA / "cameo" / "codebook.tsv")
    return [{"code": c.code, "root": c.root, "label": c.label, "goldstein": c.goldstein, "quad_class": c.quad,
             "plover": c.plover} for c in sorted(codes.values(), key=lambda c: c.code)]
