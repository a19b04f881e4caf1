"""The actor knowledge base: load the data files, index their names, resolve as of a date.

Data files (``data/actors/*.jsonl``) hold one actor a line: states, intergovernmental
bodies, armed groups and movements, office-holders. Every surface form (name,
alias, capital, demonym, institution) becomes a key of token tuples in one
index, so a sentence is matched in a single left-to-right pass with a dict
lookup per token (:meth:`KnowledgeBase.match`). What a name means depends on
the date: :meth:`KnowledgeBase.resolve` returns the :class:`~dragoman.model.Actor`
an index entry denotes on a given day (the Taliban are insurgents before
2021-08-15 and Afghanistan's government after; "Moscow" in 1985 is the Soviet
Union).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from ..model import Actor
from ..text import key_lengths, longest_key, words

__all__ = ["Entry", "KnowledgeBase", "load_records"]

# How much a kind of name is trusted when two entries share a key (higher wins).
_KIND_RANK = {"name": 6, "metonym": 6, "capital": 5, "seat": 4, "alias": 5, "former": 3,
              "demonym": 4, "plural": 4, "person": 3}
_ACTOR_FILES = ("states.jsonl", "igos.jsonl", "groups.jsonl", "armed_groups.jsonl", "persons.jsonl")
_FAR_PAST = "0000-00-00"
_FAR_FUTURE = "9999-99-99"


@dataclass(frozen=True, slots=True)
class Entry:
    """One meaning of an indexed name: which record, through which kind of name."""

    record: str
    kind: str
    role: str | None = None


def load_records(path: Path) -> list[dict[str, Any]]:
    """Read one JSON Lines actor file; a malformed line raises KnowledgeBaseError naming it."""
    records = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise KnowledgeBaseError(str(path), number, f"not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict) or not record.get("id"):
                raise KnowledgeBaseError(str(path), number, "an actor needs an 'id'")
            records.append(record)
    return records


def _names(record: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """Every (surface form, kind, role) that a record contributes to the index."""
    kind = record.get("type", "state")
    out: list[tuple[str, str, str | None]] = []
    if kind == "state":
        out += [(a, "name", None) for a in record.get("aliases", [])]
        out += [(a, "former", None) for a in record.get("former_aliases", [])]
        for key, entry_kind in (("capital", "capital"),):
            if record.get(key):
                out.append((record[key], entry_kind, "GOV"))
        out += [(a, "capital", "GOV") for a in record.get("capital_aliases", [])]
        out += [(a, "seat", "GOV") for a in record.get("seats", [])]
        out += [(a, "demonym", None) for a in record.get("demonyms", [])]
        out += [(a, "plural", "CVL") for a in record.get("plurals", [])]
        out += [(m["text"], "metonym", m.get("role")) for m in record.get("metonyms", [])]
    elif kind == "person":
        out += [(a, "person", None) for a in record.get("aliases", [])]
    else:
        out += [(a, "alias", None) for a in record.get("aliases", [])]
    if record.get("name") and kind != "state":
        out.append((record["name"], "person" if kind == "person" else "alias", None))
    return out


def _key(surface: str) -> tuple[str, ...]:
    """Index key of a name: its tokens, curly apostrophes made straight, a lower-case "the" dropped."""
    toks = tuple(t.replace("’", "'") for t in words(surface))
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    return toks


_RESOLVED_BOUND = 50_000  # resolved actors kept per knowledge base (names x days seen)


class KnowledgeBase:
    """Actors by id and an index of their names; read-only once built."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records: dict[str, dict[str, Any]] = {}
        self.index: dict[tuple[str, ...], list[Entry]] = {}
        self.first: dict[str, tuple[int, ...]] = {}  # first token -> lengths of the keys starting with it
        self._resolved: dict[tuple[str, str | None, str | None], Actor] = {}  # see resolve
        for record in records:
            self.add(record)

    @classmethod
    def from_dir(cls, folder: Path, extra: list[Path] | None = None) -> KnowledgeBase:
        records: list[dict[str, Any]] = []
        for name in _ACTOR_FILES:
            path = folder / name
            if path.exists():
                records += load_records(path)
        for path in extra or []:  # user files: JSON Lines, YAML, CSV, PETRARCH (see overlays)
            records += _overlay(path)  # user files are checked there (names must be strings)
        return cls(records)

    def add(self, record: dict[str, Any]) -> None:
        """Add or replace a record (a user's entry with a shipped id overrides it, names and all)."""
        old = self.records.get(record["id"])
        if old is not None and old is not record:
            self._forget(old)
        self.records[record["id"]] = record
        self._resolved.clear()
        for surface, kind, role in _names(record):
            key = _key(surface)
            if not key:
                continue
            entries = self.index.setdefault(key, [])
            entries[:] = [e for e in entries if e.record != record["id"] or e.kind != kind]
            # a later record goes before earlier ones (on a tie a user's entry wins), after its own
            own = [i for i, e in enumerate(entries) if e.record == record["id"]]
            entries.insert(own[-1] + 1 if own else 0, Entry(record["id"], kind, role))
            key_lengths(self.first, key)

    def _forget(self, record: dict[str, Any]) -> None:
        """Drop the index entries a replaced record contributed."""
        for surface, _, _ in _names(record):
            key = _key(surface)
            entries = self.index.get(key)
            if entries:
                entries[:] = [e for e in entries if e.record != record["id"]]
                if not entries:
                    del self.index[key]

    def match(self, toks: list[str], i: int) -> tuple[int, list[Entry]]:
        """The longest indexed name starting at token ``i``: (length, entries) or (0, [])."""
        n, entries = longest_key(self.index, self.first, toks, i)
        return n, entries or []

    def best(self, entries: list[Entry], date: dt.date | None) -> Entry | None:
        """The entry a name most likely means on ``date`` (valid then; bounded periods first)."""
        if date is None:  # every entry is valid when no date is asked for
            valid = entries
        else:
            day = date.isoformat()
            valid = [e for e in entries if self._valid(self.records[e.record], day)]
        if not valid:  # a historical state named in a later text ("the former Soviet Union")
            valid = [e for e in entries if self.records[e.record].get("type", "state") == "state"
                     and e.kind in ("name", "former")]
        if len(valid) < 2:
            return valid[0] if valid else None
        return max(valid, key=lambda e: (self._bounded(self.records[e.record]),
                                         _KIND_RANK.get(e.kind, 0)))

    def ranked(self, entries: list[Entry], date: dt.date | None) -> list[Entry]:
        """The entries valid on ``date``, likeliest first (the first is :meth:`best`'s pick)."""
        day = date.isoformat() if date else None
        valid = [e for e in entries if self._valid(self.records[e.record], day)]
        return sorted(valid, key=lambda e: (self._bounded(self.records[e.record]),
                                            _KIND_RANK.get(e.kind, 0)), reverse=True)

    def resolve(self, entry: Entry, date: dt.date | None) -> Actor:
        """The actor ``entry`` denotes on ``date``: it depends on the record, the entry's role and
        the day only, so it is kept per (record, role, day) (an Actor is never changed in place; the
        store is emptied when a record is added and when it grows past a bound)."""
        day = date.isoformat() if date else None
        key = (entry.record, entry.role, day)
        actor = self._resolved.get(key)
        if actor is None:
            if len(self._resolved) >= _RESOLVED_BOUND:
                self._resolved.clear()
            actor = self._resolved[key] = self._resolve(self.records[entry.record], entry.role, day)
        return actor

    def _resolve(self, record: dict[str, Any], entry_role: str | None, day: str | None) -> Actor:
        kind = record.get("type", "state")
        if kind == "person":
            return self._person(record, day)
        primary = record.get("primary") or record["id"]
        role = entry_role or (record.get("role") if kind != "state" else None)
        code = record.get("code") if kind != "state" and not entry_role else None
        name = record.get("name", record["id"])
        for period in record.get("periods", []):
            if _within(day, period.get("from"), period.get("to")):
                primary = period.get("primary", primary)
                role = period.get("role", role)
                code = period.get("code", code)
                name = period.get("name", name)
        return Actor(id=record["id"], primary=primary, code=code or primary + (role or ""),
                     name=name, type=kind, role=role, valid_from=record.get("valid_from"),
                     valid_to=record.get("valid_to"))

    def _person(self, record: dict[str, Any], day: str | None) -> Actor:
        country = record.get("country") or "UNK"
        office = next((o for o in record.get("offices", [])
                       if _within(day, o.get("from"), o.get("to"))), None)
        primary = office.get("primary", country) if office else country
        role = office.get("role") if office else None
        name = record.get("name", record["id"])
        if office:
            name = f"{name} ({office.get('title', 'office')})"
        return Actor(id=record["id"], primary=primary, code=primary + (role or ""), name=name,
                     type="person", role=role, country=country)

    def state(self, primary: str) -> dict[str, Any] | None:
        record = self.records.get(primary)
        return record if record and record.get("type", "state") == "state" else None

    def sovereign(self, code: str, date: dt.date | None) -> str:
        """The code a place in ``code`` is coded as on ``date``: a dependent territory's state
        (Guam: USA; Hong Kong: GBR to 30 June 1997, CHN after), else ``code`` itself."""
        record = self.state(code) or {}
        primary = record.get("primary", code)
        day = date.isoformat() if date else None
        for period in record.get("periods", []):
            if _within(day, period.get("from"), period.get("to")):
                primary = period.get("primary", primary)
        return primary

    @staticmethod
    def _valid(record: dict[str, Any], day: str | None) -> bool:
        return day is None or _within(day, record.get("valid_from"), record.get("valid_to"))

    @staticmethod
    def _bounded(record: dict[str, Any]) -> bool:
        return bool(record.get("valid_from") or record.get("valid_to"))


def _overlay(path: Path) -> list[dict[str, Any]]:
    from .overlays import load_overlay  # overlays needs PyYAML only when a YAML file is given

    return load_overlay(path)


def _within(day: str | None, start: str | None, end: str | None) -> bool:
    if day is None:
        return end is None
    return (start or _FAR_PAST) <= day <= (end or _FAR_FUTURE)
