"""The recognition tracker: which states recognize a contested state or government, as of a date.

Two sources feed it. The **baseline** is data (``data/recognition/entities.jsonl`` and
``facts/<entity>.jsonl``): dated facts for the contested cases, each citing the public
fact it rests on; one dated only to a month or year counts from its last day. **Coded
events** from the store update it: a recognition (054) of the entity adds or
confirms a recognizer from the event's date; a break of relations (161) ends it
("no relations"), and so does a recognition of the rival ("withdrew": Honduras
recognising Beijing ends its recognition of Taipei). Only asserted, actual
reports count; announcements and hypotheticals do not.

>>> board = recognition(None, "AFG", "2025-07-20")
>>> [(r["primary"], r["status"], r["since"]) for r in board if r["primary"] == "RUS"]
[('RUS', 'recognizes', '2025-07-03')]
"""

from __future__ import annotations

import bisect

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError, StoreError
from ..store.rows import interval
from .recognition_events import coded_facts

__all__ = ["STATUSES", "Baseline", "Entity", "Fact", "Tracker", "load_baseline", "recognition", "recognition_history",
           "resolve_entity"]

DATA = Path(__file__).resolve().parent.parent / "data"
STATUSES = ("recognizes", "ambassador-level", "withdrew", "no relations")


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    primary: str | None = None  # the primary code coded events give it
    actor_ids: tuple[str, ...] = ()  # more target ids that stand for it (e.g. a place id)
    start: str | None = None  # coded events count from this date (the government's start)
    rival: str | None = None  # recognising this primary ends a recognition


@dataclass(frozen=True, slots=True)
class Fact:
    """One dated change in a state's stance towards the entity."""

    id: str
    entity: str
    recognizer: str
    status: str
    since: str
    until: str | None = None
    source: str = ""
    evidence: tuple[dict[str, Any], ...] = ()

    @property
    def start(self) -> str:
        return interval(self.since, None)[0] or self.since

    @property
    def known(self) -> str:
        """The first day the change is sure to have happened: the last day of a month or year."""
        return interval(self.since, None)[1] or self.since


@dataclass(frozen=True, slots=True)
class Baseline:
    entities: dict[str, Entity]
    facts: tuple[Fact, ...]
    states: dict[str, str] = field(default_factory=dict)  # primary -> name


def _lines(path: Path) -> list[tuple[int, dict[str, Any]]]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise KnowledgeBaseError(str(path), number, f"not valid JSON ({exc.msg})") from None
    return out


def _fact(path: Path, number: int, item: dict[str, Any]) -> Fact:
    try:
        fact = Fact(id=item["id"], entity=item["entity"], recognizer=item["recognizer"],
                    status=item["status"], since=item["since"], until=item.get("until"),
                    source=item["source"])
    except KeyError as exc:
        raise KnowledgeBaseError(str(path), number, f"a recognition fact needs {exc}") from None
    if fact.status not in STATUSES:
        raise KnowledgeBaseError(str(path), number, f"status {fact.status!r} is not one of {', '.join(STATUSES)}")
    if interval(fact.since, None)[0] is None:
        raise KnowledgeBaseError(str(path), number, f"since {fact.since!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return fact


def load_baseline(folder: Path = DATA / "recognition") -> Baseline:
    """The shipped (or given) entities and facts, plus state names from the actor data."""
    entities = {}
    for _, e in _lines(folder / "entities.jsonl"):
        entities[e["id"]] = Entity(e["id"], e["name"], tuple(e.get("aliases", ())), e.get("primary"),
                                   tuple(e.get("actor_ids", ())), e.get("from"), e.get("rival"))
    facts = tuple(_fact(path, n, item) for path in sorted((folder / "facts").glob("*.jsonl"))
                  for n, item in _lines(path))
    states = {s["id"]: s["name"] for _, s in _lines(DATA / "actors" / "states.jsonl")}
    return Baseline(entities, facts, states)


def resolve_entity(baseline: Baseline, name: str) -> Entity:
    """An entity by id or alias (any case); a bare state code stands for itself."""
    wanted = name.strip().casefold()
    for entity in baseline.entities.values():
        if wanted in {entity.id.casefold(), entity.name.casefold(), *(a.casefold() for a in entity.aliases)}:
            return entity
    code = name.strip().upper()
    if code in baseline.states:
        return Entity(code, baseline.states[code], primary=code)
    known = ", ".join(sorted(baseline.entities))
    raise StoreError(f"unknown entity {name!r}; use a state code or one of: {known}")


def _current(history: list[Fact], as_of: str) -> dict[str, Any] | None:
    """The stance in force on ``as_of``: the last change sure to have happened by then
    (one dated only to a month or year counts from its last day), dated from the start of its run."""
    past = [f for f in history if f.known <= as_of]
    if not past or (past[-1].until and past[-1].until < as_of):
        return None
    last, run = past[-1], []
    for fact in reversed(past):
        if fact.status != last.status:
            break
        run.append(fact)
    first = run[-1]
    evidence = [ev for f in reversed(run) for ev in (f.evidence or ({"fact": f.id, "source": f.source},))]
    return {"primary": last.recognizer, "status": last.status, "since": first.since, "evidence": evidence}


def recognition(conn: sqlite3.Connection | None, entity: str, as_of: str,
                baseline: Baseline | None = None) -> list[dict[str, Any]]:
    """The recognition board for ``entity`` on ``as_of`` (YYYY-MM-DD), recognizers first.

    Each entry: ``primary``, ``name``, ``status`` (recognizes, ambassador-level, withdrew,
    no relations), ``since``, ``evidence`` (baseline facts cited, or event ids with their sentence).
    """
    baseline = baseline or load_baseline()
    target = resolve_entity(baseline, entity)
    return _board(_histories(conn, target, baseline), target, baseline, as_of)


def _board(histories: dict[str, list[Fact]], target: Entity, baseline: Baseline, as_of: str) -> list[dict[str, Any]]:
    board = []
    for primary, history in histories.items():
        entry = _current(history, as_of)
        if entry:
            board.append({**entry, "name": baseline.states.get(primary, primary), "entity": target.id})
    order = {s: i for i, s in enumerate(STATUSES)}
    return sorted(board, key=lambda r: (order[r["status"]], r["since"], r["primary"]))


def _histories(conn: sqlite3.Connection | None, target: Entity, baseline: Baseline) -> dict[str, list[Fact]]:
    """Each state's facts about the entity in date order (baseline first on a tie), ends that
    come before any stance left out."""
    facts = [f for f in baseline.facts if f.entity == target.id]
    if conn is not None:
        facts += coded_facts(conn, target, baseline.states)
    by_state: dict[str, list[Fact]] = {}
    for fact in sorted(facts, key=lambda f: (f.start, bool(f.evidence))):
        by_state.setdefault(fact.recognizer, []).append(fact)
    return {primary: _relevant(history) for primary, history in by_state.items()}


def recognition_history(conn: sqlite3.Connection | None, entity: str,
                        baseline: Baseline | None = None) -> list[dict[str, Any]]:
    """Who switched when: each change of a state's stance towards ``entity``, oldest first.

    Each entry: ``primary``, ``name``, ``status``, ``previous`` (the stance before, or None),
    ``since`` (the date given), ``known`` (the first day it counts on the board), ``until``,
    ``evidence`` (baseline facts cited, or event ids with their sentence). A fact that
    confirms the stance in force is not a change and is left out.
    """
    baseline = baseline or load_baseline()
    target = resolve_entity(baseline, entity)
    return _changes(_histories(conn, target, baseline), target, baseline)


class Tracker:
    """One entity's recognition history read from the baseline and the store once: the board on
    any date (:meth:`board`) and the changes (:meth:`changes`) without reading the store again."""

    def __init__(self, conn: sqlite3.Connection | None, entity: str, baseline: Baseline | None = None) -> None:
        self.baseline = baseline or load_baseline()
        self.target = resolve_entity(self.baseline, entity)
        self.histories = _histories(conn, self.target, self.baseline)
        self._changes: list[dict[str, Any]] | None = None
        facts = [f for history in self.histories.values() for f in history]
        self._known = sorted(f.known for f in facts)
        self._until = sorted(f.until for f in facts if f.until)
        self._boards: dict[tuple[int, int], list[dict[str, Any]]] = {}

    def epoch(self, as_of: str) -> tuple[int, int]:
        """Which of the history's turning points ``as_of`` has passed: two dates with the same
        epoch have the same board (a fact counts from its ``known`` day and ends after ``until``)."""
        return bisect.bisect_right(self._known, as_of), bisect.bisect_left(self._until, as_of)

    def board(self, as_of: str) -> list[dict[str, Any]]:
        """As :func:`recognition` (worked out once per epoch; the entries are shared: do not change them)."""
        key = self.epoch(as_of)
        if key not in self._boards:
            self._boards[key] = _board(self.histories, self.target, self.baseline, as_of)
        return list(self._boards[key])

    def changes(self) -> list[dict[str, Any]]:
        """As :func:`recognition_history` (worked out once)."""
        if self._changes is None:
            self._changes = _changes(self.histories, self.target, self.baseline)
        return self._changes


def _changes(histories: dict[str, list[Fact]], target: Entity, baseline: Baseline) -> list[dict[str, Any]]:
    changes = []
    for primary, history in histories.items():
        previous: str | None = None
        for fact in history:
            if fact.status == previous:
                continue
            changes.append({"primary": primary, "name": baseline.states.get(primary, primary),
                            "entity": target.id, "status": fact.status, "previous": previous,
                            "since": fact.since, "known": fact.known, "until": fact.until,
                            "evidence": list(fact.evidence or ({"fact": fact.id, "source": fact.source},))})
            previous = fact.status
    return sorted(changes, key=lambda c: (c["known"], c["primary"]))


def _relevant(history: list[Fact]) -> list[Fact]:
    """Ends of recognition (breaks, rival recognitions) count only after a stance towards the entity."""
    out: list[Fact] = []
    for fact in history:
        ending = fact.evidence and fact.status in ("withdrew", "no relations")
        if not ending or out:
            out.append(fact)
    return out
