"""The gazetteer: cities (GeoNames, 100,000+ people and every capital) and regions, with coordinates.

Names are indexed like actor names (token tuples, case as written). A place
names where something happened; it is never an actor by itself, though an
act aimed at a place (shelling Kharkiv) is aimed at the state it lies in.
When two places share a name, the more populous one is kept (prominence).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KnowledgeBaseError
from ..text import words

__all__ = ["Gazetteer", "Place", "load_gazetteer"]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO 3166-1 alpha-3
    lat: float
    lon: float
    population: int = 0


@dataclass(slots=True)
class Gazetteer:
    index: dict[tuple[str, ...], Place] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)

    def add(self, surface: str, place: Place) -> None:
        key = tuple(t.replace("’", "'") for t in words(surface))
        if not key or (key in self.index and self.index[key].population >= place.population):
            return
        self.index[key] = place
        self.first[key[0]] = max(self.first.get(key[0], 0), len(key))

    def match(self, toks: list[str], i: int) -> tuple[int, Place | None]:
        longest = self.first.get(toks[i], 0)
        for n in range(min(longest, len(toks) - i), 0, -1):
            place = self.index.get(tuple(toks[i:i + n]))
            if place:
                return n, place
        return 0, None

    def find(self, name: str) -> Place | None:
        return self.index.get(tuple(words(name)))


def _rows(path: Path):
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for number, row in enumerate(csv.DictReader(lines, delimiter="\t"), 2):
            yield number, row


def load_gazetteer(cities: Path, regions: Path) -> Gazetteer:
    gazetteer = Gazetteer()
    for path, populous in ((regions, 10**9), (cities, None)):
        for number, row in _rows(path):
            try:
                place = Place(row.get("city") or row["name"], row["country"], float(row["lat"]),
                              float(row["lon"]), int(row["population"]) if populous is None else populous)
            except (KeyError, TypeError, ValueError) as exc:
                raise KnowledgeBaseError(str(path), number, f"bad place row ({exc})") from None
            gazetteer.add(row["name"], place)
    return gazetteer
