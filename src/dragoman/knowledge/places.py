"""The gazetteer: cities, towns, regions and US states, with coordinates (GeoNames and our own list).

Names are indexed like actor names (token tuples, case as written). Cities of
100,000+ people, capitals and the listed regions are *matched* in text; smaller
towns are only *chosen* when the context names their region or country
("Paris, Texas"). When a name has several places, :meth:`Gazetteer.choose`
prefers one in a country or region named nearby, then the most populous
(prominence). A place names where something happened; it is never an actor by
itself, though an act aimed at a place is aimed at the state it lies in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KnowledgeBaseError
from ..text import longest_key, words

__all__ = ["Gazetteer", "Place", "load_gazetteer"]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO 3166-1 alpha-3
    lat: float
    lon: float
    population: int = 0
    admin: str = ""  # first-level region code (a US state's postal code)
    kind: str = "city"  # city | region | state (a US state)


@dataclass(slots=True)
class Gazetteer:
    index: dict[tuple[str, ...], list[Place]] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)
    towns_path: Path | None = None  # read on first need: towns only matter when context names a region
    _towns: dict[tuple[str, ...], list[Place]] | None = None

    def add(self, surface: str, place: Place, table: dict | None = None) -> None:
        key = tuple(t.replace("’", "'") for t in words(surface))
        if not key:
            return
        target = self.index if table is None else table
        target.setdefault(key, []).append(place)
        if table is None:
            self.first[key[0]] = max(self.first.get(key[0], 0), len(key))

    def towns(self) -> dict[tuple[str, ...], list[Place]]:
        if self._towns is None:
            self._towns = {}
            if self.towns_path is not None and self.towns_path.exists():
                _load(self, self.towns_path, self._towns)
        return self._towns

    def match(self, toks: list[str], i: int) -> tuple[int, list[Place]]:
        """The longest matchable place name at token ``i``: (length, candidates most populous first)."""
        n, places = longest_key(self.index, self.first, toks, i)
        return n, places or []

    def choose(self, key: tuple[str, ...], countries: set[str] = frozenset(), admins: set[str] = frozenset(),
               nearby: set[str] = frozenset(), city: bool = False, strict: bool = False) -> Place | None:
        """The place a name means: one in a country or US state named right with it (``countries``,
        ``admins``; towns too), else a city in a country named nearby (``nearby``), else the most
        prominent (unless ``strict``). ``city`` prefers a city to a region of the same name (Washington)."""
        matchable = self.index.get(key, [])
        if city and any(p.kind == "city" for p in matchable):
            matchable = [p for p in matchable if p.kind == "city"]
        strong = matchable + (self.towns().get(key, []) if countries or admins else [])
        for pool, wanted in ((strong, lambda p: p.admin in admins and p.country == "USA"),
                             (strong, lambda p: p.country in countries),
                             (matchable, lambda p: p.country in nearby)):
            chosen = [p for p in pool if wanted(p)]
            if chosen:
                return max(chosen, key=lambda p: p.population)
        return matchable[0] if matchable and not strict else None

    def find(self, name: str) -> Place | None:
        places = self.index.get(tuple(words(name)))
        return places[0] if places else None


def _load(gazetteer: Gazetteer, path: Path, table: dict | None = None, population: int | None = None,
          kind: str = "city") -> None:
    """Read a place TSV (a header line names the columns; '#' lines are comments)."""
    with path.open(encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh if not line.startswith("#")]
    columns = lines[0].split("\t")
    at = {name: columns.index(name) for name in columns}
    for number, line in enumerate(lines[1:], 2):
        cols = line.split("\t")
        try:
            get = lambda name: cols[at[name]] if name in at else ""  # noqa: E731
            place = Place(get("city") or get("name"), get("country"), float(get("lat")), float(get("lon")),
                          population if population is not None else int(get("population")), get("admin1"),
                          kind)
        except (IndexError, ValueError) as exc:
            raise KnowledgeBaseError(str(path), number, f"bad place row ({exc})") from None
        gazetteer.add(cols[0], place, table)


def load_gazetteer(folder: Path) -> Gazetteer:
    """Load ``regions.tsv``, ``us_states.tsv`` and ``cities.tsv`` (matched); ``towns.tsv`` waits until needed."""
    gazetteer = Gazetteer(towns_path=folder / "towns.tsv")
    _load(gazetteer, folder / "regions.tsv", population=10**9, kind="region")
    _load(gazetteer, folder / "us_states.tsv", kind="state")
    _load(gazetteer, folder / "cities.tsv")
    for places in gazetteer.index.values():
        places.sort(key=lambda p: -p.population)
    return gazetteer
