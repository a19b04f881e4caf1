"""The gazetteer: populated places, first- and second-level divisions, regions and US states.

``places.tsv`` (built from GeoNames and ISO 3166-2 by ``scripts/build_gazetteer.py``)
holds every populated place of 1,000+ people and every division, one row per name,
sorted, so loading is one read and one split: a name is found by bisection and its
rows are parsed only when asked for. ``regions.tsv`` (our own list of regions news
names), ``us_states.tsv`` and ``variants.tsv`` (the spelling-tolerant keys of divisions
and towns of 15,000+, see :func:`loose_key`) are small and read whole.

Each place carries a *tier* saying how freely its name may be matched in text:
``f`` anywhere (cities of 100,000+, capitals, first-level divisions, our regions,
US states), ``c`` only where the context marks a place (towns, villages, districts),
``n`` only with a place noun or its parent (the name is an ordinary English word),
``p`` (``spellings.tsv``: GeoNames' other Latin spellings of every place) only with a
parent named right after it that holds the place ("in Obe district, Herat" for Obeh).
Recognition in context is :mod:`dragoman.stages.place_names`. A place names where
something happened; it is never an actor by itself, though an act aimed at a place
is aimed at the state it lies in.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import KnowledgeBaseError
from ..text import words
from .folding import ascii_fold
from .place_folds import Folds
from .sorted_text import SortedText

__all__ = ["LISTED", "Gazetteer", "Place", "ascii_fold", "listed", "load_gazetteer", "loose_key", "skeleton_key"]

MAX_WORDS = 8  # the longest name, in tokens, that is looked up
LISTED = 10**9  # the population given to the places of regions.tsv (so they come first among namesakes)
_KEPT = 50_000  # loose lookups kept before the store of them is emptied
_NAMED, _LONGER = 1, 2  # a span of tokens is a name in places.tsv; a longer name starts with it
_NOT_LETTERS = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")


def loose_key(name: str) -> str:
    """A spelling-tolerant key: ASCII letters only, lower case, doubled letters single
    ("Lower Shabelle" and "Lower Shabeelle" are both 'lowershabele')."""
    folded = ascii_fold(name).lower()
    return _DOUBLED.sub(r"\1", _NOT_LETTERS.sub("", folded))


_VOWELLIKE = re.compile(r"[aeiouhwy]")
_WORD = re.compile(r"[a-z]{2,}")


def skeleton_key(name: str) -> str:
    """A transliteration-tolerant key of a division's name, '~' and its consonants: each word's
    first letter (any vowel as 'a'), then its letters but vowels, h, w and y, doubled letters
    single; one-letter words ("Nahr-e") dropped. "Nimruz" and "Nimroz" are both '~nmrz',
    "Urozgan" and "Oruzgan" '~arzgn'. Empty when it has fewer than four letters."""
    folded = ascii_fold(name).lower()
    parts = [("a" if w[0] in "aeiou" else w[0]) + _VOWELLIKE.sub("", w[1:]) for w in _WORD.findall(folded)]
    key = _DOUBLED.sub(r"\1", "".join(parts))
    return "~" + key if len(key) >= 4 else ""


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO 3166-1 alpha-3
    lat: float
    lon: float
    population: int = 0
    admin: str = ""  # the name of the first-level division it lies in (for a division: its own)
    kind: str = "city"  # city | town | admin1 | admin2 | region | state (a US state)
    tier: str = "f"  # f: matched anywhere | c: in a place context | n: with a place noun or parent


@dataclass(slots=True)
class Gazetteer:
    index: dict[tuple[str, ...], list[Place]] = field(default_factory=dict)  # regions and US states
    first: dict[str, int] = field(default_factory=dict)  # first token -> longest key in ``index``
    lines: list[bytes] = field(default_factory=list)  # places.tsv rows (UTF-8), sorted
    path: str = ""
    variants: list[bytes] = field(default_factory=list)  # variants.tsv rows: loose key, names ('|'-joined)
    spellings: SortedText = field(default_factory=SortedText)  # spellings.tsv rows (tier ``p``), sorted
    folds: Folds = field(default_factory=Folds)  # folds.tsv: fold keys to names (see place_folds)
    _cache: dict[str, list[Place]] = field(default_factory=dict)
    _loose: dict[tuple[tuple[str, ...], bool], tuple[int, list[Place]]] = field(default_factory=dict)
    _nameless: set[str] = field(default_factory=set)  # capitalised words no place name starts with
    _spells: dict[str, bool] = field(default_factory=dict)  # capitalised word -> some other spelling starts so
    _spelt: dict[bytes, list[Place]] = field(default_factory=dict)  # other spellings found, parsed
    _rows: dict[tuple[str, ...], int] = field(default_factory=dict)  # token span -> _NAMED | _LONGER (of ``lines``)
    _spans: dict[tuple[str, ...], tuple[int, bytes]] = field(default_factory=dict)  # other spellings at a span


    def add(self, surface: str, place: Place) -> None:
        key = tuple(t.replace("’", "'") for t in words(surface))
        if key:
            self.index.setdefault(key, []).append(place)
            self.first[key[0]] = max(self.first.get(key[0], 0), len(key))
            self._nameless.discard(key[0])
            self.folds.add(key)

    def lookup(self, key: tuple[str, ...]) -> list[Place]:
        """Every place of that name (tokens as written), most populous first."""
        joined = " ".join(key)
        found = self._cache.get(joined)
        if found is None:
            raw = joined.encode("utf-8")
            lo = bisect_left(self.lines, raw + b"\t")
            hi = bisect_left(self.lines, raw + b"\n", lo)
            found = self.index.get(key, []) + [_parse(self.lines[k], self.path) for k in range(lo, hi)]
            found.sort(key=lambda p: -p.population)
            if found:
                self._cache[joined] = found
        return found

    def longest(self, toks: list[str], i: int) -> tuple[int, list[Place]]:
        """The longest name at token ``i`` (a capitalised word): (length, all its places). Names
        are extended a token at a time while some longer name starts with them (two bisections)."""
        if not toks[i][:1].isupper() or toks[i] in self._nameless:
            return 0, []
        best = 0
        for n in range(1, min(MAX_WORDS, len(toks) - i) + 1):
            rows = self._rows_of(tuple(toks[i:i + n]))
            if rows & _NAMED:
                best = n
            if not rows & _LONGER:
                if n == 1 and not best and toks[i] not in self.first and len(self._nameless) < _KEPT:
                    self._nameless.add(toks[i])  # no row and no region starts with this word: known at once next time
                break
        for n in range(min(self.first.get(toks[i], 0), len(toks) - i), best, -1):
            if tuple(toks[i:i + n]) in self.index:
                best = n
                break
        return (best, self.lookup(tuple(toks[i:i + best]))) if best else (0, [])

    def _rows_of(self, key: tuple[str, ...]) -> int:
        """Whether a row of places.tsv has the name ``key`` (``_NAMED``) and whether a longer name
        starts with it (``_LONGER``): two bisections, kept per span since names recur."""
        rows = self._rows.get(key)
        if rows is None:
            joined, lines, size = " ".join(key).encode("utf-8"), self.lines, len(self.lines)
            k = bisect_left(lines, joined + b"\t")
            rows = _NAMED if k < size and lines[k].startswith(joined + b"\t") else 0
            k = bisect_left(lines, joined + b" ", k)
            rows |= _LONGER if k < size and lines[k].startswith(joined + b" ") else 0
            if len(self._rows) >= _KEPT:
                self._rows.clear()
            self._rows[key] = rows
        return rows

    def loosely(self, toks: list[str], i: int, skeleton: bool = True) -> tuple[int, list[Place]]:
        """A division or town of 15,000+ spelt another way at token ``i`` ("Lower Shabelle"):
        (length, its places), each needing a place context (tier ``c``, or ``n`` as it was); a division
        found only by its skeleton key ("Nimruz" for "Nimroz") is tier ``s``. Answers are kept
        (a few tens of thousands of spans at most) since the same capitalised words recur."""
        span = (tuple(toks[i:i + 3]), skeleton)
        kept = self._loose.get(span)
        if kept is None:
            if len(self._loose) >= _KEPT:
                self._loose.clear()
            kept = self._loose[span] = self._loosely(toks, i, skeleton)
        return kept

    def _loosely(self, toks: list[str], i: int, skeleton: bool) -> tuple[int, list[Place]]:
        for n in range(min(3, len(toks) - i), 0, -1):
            if not all(t[:1].isupper() for t in toks[i:i + n]):
                continue
            names, kinds = self._variant(loose_key("".join(toks[i:i + n]))), None
            if not names and skeleton and all(t.isalpha() for t in toks[i:i + n]):
                skeleton = skeleton_key(" ".join(toks[i:i + n]))  # "Nimruz" for "Nimroz": divisions only
                names, kinds = (self._variant(skeleton) if skeleton else ""), ("admin1", "admin2")
            places = [p for name in names.split("|") if name for p in self.lookup(tuple(name.split(" ")))
                      if kinds is None or p.kind in kinds]
            if places:  # a skeleton's division (tier ``s``) stands only in the state the text is about
                return n, [replace(p, tier="s") if kinds else replace(p, tier="c") if p.tier == "f" else p
                           for p in places]
        return 0, []

    def spells(self, toks: list[str], i: int) -> bool:
        """Whether some other spelling of a place (spellings.tsv) starts with the word at ``i``."""
        word = toks[i]
        if not word[:1].isupper() or not self.spellings.data:
            return False
        known = self._spells.get(word)
        if known is None:
            head = word.encode("utf-8")
            known = self.spellings.starts(head + b"\t") or self.spellings.starts(head + b" ")
            if len(self._spells) >= _KEPT:
                self._spells.clear()
            self._spells[word] = known  # known at once next time
        return known

    def spelled(self, toks: list[str], i: int) -> tuple[int, list[Place]]:
        """The longest other spelling of a place at token ``i`` (spellings.tsv, tier ``p``: only with
        a parent that holds it): (length, its places, most populous first)."""
        if not self.spells(toks, i):
            return 0, []
        span = tuple(toks[i:i + 4])
        kept = self._spans.get(span)
        if kept is None:  # the spellings never change after loading: the answer per span is kept
            if len(self._spans) >= _KEPT:
                self._spans.clear()
            kept = self._spans[span] = self._spelled_name(span)
        best, name = kept
        if not best:
            return 0, []
        return best, self._spelt_places(name)

    def _spelt_places(self, name: bytes) -> list[Place]:
        """The places of ``spellings.tsv`` a name (as written there) stands for, most populous first;
        kept per name (one store for :meth:`spelled` and :meth:`folded`, so both read one order)."""
        found = self._spelt.get(name)
        if found is None:
            found = sorted((_parse(line, self.path) for line in self.spellings.lines(name + b"\t")),
                           key=lambda p: -p.population)
            if len(self._spelt) >= _KEPT:
                self._spelt.clear()
            self._spelt[name] = found
        return found

    def _spelled_name(self, span: tuple[str, ...]) -> tuple[int, bytes]:
        """The longest other spelling at the start of ``span``: (its length in tokens, its name)."""
        best, name = 0, b""
        for n in range(1, len(span) + 1):  # extended while a longer spelling starts so
            raw = " ".join(span[:n]).encode("utf-8")
            if self.spellings.starts(raw + b"\t"):
                best, name = n, raw
            if not self.spellings.starts(raw + b" "):
                break
        return best, name

    def _variant(self, key: str) -> str:
        raw = key.encode("ascii") + b"\t"
        k = bisect_left(self.variants, raw)
        if k < len(self.variants) and self.variants[k].startswith(raw):
            return self.variants[k][len(raw):].decode("utf-8")
        return ""

    def folded(self, toks: list[str], i: int) -> tuple[int, list[Place]]:
        """The places whose name has the fold key of the name words at ``i`` ("Qansax Dheere" for
        "Qansaxdheere", "El Dhere" for "Ceeldheere"): (tokens, places, most populous first), each
        needing a place context as a town does (tier ``c``; ``n`` as it was). Asked only after the
        name as written found nothing; the caller keeps one place of the report's state."""
        n, names = self.folds.names(toks, i)
        if not n:
            return 0, []
        places = sorted(dict.fromkeys(p for key in names for p in self._folded_places(key) if p.tier != "d"),
                        key=lambda p: -p.population)
        return n, [replace(p, tier="c") if p.tier == "f" else p for p in places]  # tier p: with its parent only

    def _folded_places(self, key: tuple[str, ...]) -> list[Place]:
        """The places of a name of the fold index: of places.tsv, or of spellings.tsv after a '~'."""
        if not key[0].startswith("~"):
            return self.lookup(key)
        return self._spelt_places(" ".join(key)[1:].encode("utf-8"))

    def match(self, toks: list[str], i: int) -> tuple[int, list[Place]]:
        """The longest name at token ``i`` that may be matched anywhere: (length, its free places)."""
        n, places = self.longest(toks, i)
        while n:
            free = [p for p in places if p.tier == "f"]
            if free:
                return n, free
            n -= 1
            places = self.lookup(tuple(toks[i:i + n])) if n else []
        return 0, []

    def choose(self, key: tuple[str, ...], countries: set[str] = frozenset(), admins: set[str] = frozenset(),
               nearby: set[str] = frozenset(), city: bool = False, strict: bool = False) -> Place | None:
        """The place a name means: one in a country or first-level division named right with it
        (``countries``, ``admins``; towns too), else a freely matched place in a country named
        nearby (``nearby``), else the most prominent (unless ``strict``). ``city`` prefers a city to
        a region of the same name (Washington)."""
        every = self.lookup(key)
        if city and any(p.kind in ("city", "town") for p in every):
            every = [p for p in every if p.kind in ("city", "town")]
        matchable = [p for p in every if p.tier == "f"]
        strong = every if countries or admins else matchable
        for pool, wanted in ((strong, lambda p: p.admin in admins and (not countries or p.country in countries)),
                             (strong, lambda p: p.country in countries),
                             (matchable, lambda p: p.country in nearby)):
            chosen = [p for p in pool if wanted(p)]
            if chosen:
                return chosen[0]
        return matchable[0] if matchable and not strict else None

    def find(self, name: str) -> Place | None:
        places = self.lookup(tuple(words(name)))
        return places[0] if places else None


def listed(place: Place) -> bool:
    """A place of our own ``regions.tsv``: a region, or a town, camp or city district GeoNames lacks
    (kind ``town`` there); its first-level division is not known, so it holds any place of its state."""
    return place.population >= LISTED


def _parse(line: bytes, path: str) -> Place:
    cols = line.decode("utf-8").split("\t")
    try:
        return Place(cols[1], cols[4], float(cols[6]), float(cols[7]), int(cols[8]), cols[5], cols[2], cols[3])
    except (IndexError, ValueError) as exc:
        raise KnowledgeBaseError(path, 0, f"bad place row {line[:60]!r} ({exc})") from None


def _load_small(gazetteer: Gazetteer, path: Path, population: int | None = None, kind: str = "city") -> None:
    """Read a small place TSV (a header line names the columns; '#' lines are comments)."""
    with path.open(encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh if not line.startswith("#")]
    columns = lines[0].split("\t")
    at = {name: columns.index(name) for name in columns}
    for number, line in enumerate(lines[1:], 2):
        cols = line.split("\t")
        try:
            get = lambda name: cols[at[name]] if name in at and at[name] < len(cols) else ""  # noqa: E731
            own = get("name") if kind == "region" and not get("kind") else ""  # a region is its own division
            place = Place(get("city") or get("name"), get("country"), float(get("lat")), float(get("lon")),
                          population if population is not None else int(get("population")),
                          get("admin1") or own, get("kind") or kind)
        except (IndexError, ValueError) as exc:
            raise KnowledgeBaseError(str(path), number, f"bad place row ({exc})") from None
        gazetteer.add(cols[0], place)


def _load_sorted(path: Path, header: bytes = b"\nkey\t") -> list[bytes]:
    """The data rows of places.tsv (after its comments and header), already sorted by the build;
    kept as UTF-8 bytes (half the memory of str for names with accents)."""
    data = path.read_bytes()
    start = data.find(header)
    if start < 0:
        raise KnowledgeBaseError(str(path), 0, "no header line")
    lines = data[data.index(b"\n", start + 1) + 1:].split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    return lines


def _load_text(path: Path, header: bytes = b"\nkey\t") -> SortedText:
    """The data rows of a sorted TSV as one byte string (bisected in place, never split)."""
    data = path.read_bytes()
    start = data.find(header)
    if start < 0:
        raise KnowledgeBaseError(str(path), 0, "no header line")
    return SortedText(data[data.index(b"\n", start + 1) + 1:])


def load_gazetteer(folder: Path) -> Gazetteer:
    """Load ``regions.tsv``, ``us_states.tsv`` and ``places.tsv`` (indexed, parsed on demand)."""
    places = folder / "places.tsv"
    gazetteer = Gazetteer(path=str(places))
    _load_small(gazetteer, folder / "regions.tsv", population=LISTED, kind="region")
    _load_small(gazetteer, folder / "us_states.tsv", kind="state")
    if places.exists():
        gazetteer.lines = _load_sorted(places)
    if (folder / "spellings.tsv").exists():
        gazetteer.spellings = _load_text(folder / "spellings.tsv")
    if (folder / "folds.tsv").exists():
        gazetteer.folds.text = _load_text(folder / "folds.tsv", b"\nfold\t")
    if (folder / "variants.tsv").exists():
        gazetteer.variants = _load_sorted(folder / "variants.tsv", b"\nloose\t")
    return gazetteer
