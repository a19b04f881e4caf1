"""A news outlet's home state: the last thing a coder knows about a report that names no state.

A local radio station or a national paper reports on its own country. :meth:`Publishers.home`
reads the state of the outlet that published a report, or None, by these paths in order:

1. **the table** (``data/places/publishers.tsv``): an outlet by its name, an alias or a web
   domain; ``-`` in its country column marks an international outlet (a wire service, a global
   broadcaster), which gives no state. A name of ten letters or more spelt as one table name
   but for up to two letters at its end (a letter dropped, added or changed: "Associated
   Pres") is that outlet;
2. **the outlet's name**: a word of international reach in it ("International", "World
   Service", "Global") gives no state; else a country's name or demonym ("Zambian Ledger",
   "Kenya Herald"), or a city of that country ("Radio Bamenda", "Courier (Mombasa)"), read by the
   knowledge base and the gazetteer, or a first-level division or region written as the gazetteer
   names it ("Radio Oromiya", "Borno Radio"). A place counts only when the name is unambiguous:
   its most populous bearer (a city, town or such a division, matched anywhere) has at least
   :data:`CITY_POPULATION` inhabitants, and no bearer in another country has a tenth of its
   population ("Punjab" is Pakistan's and India's: none). Words of the press's own vocabulary
   ("Daily", "Times", "Star", "Sun", "New") are no place alone. A trailing parenthesis is read
   first ("The Bugle (Ghana)") and must not contradict the rest of the name; an edition after
   a dash ("X - French") is dropped. Every state the name gives must be one;
3. **the web address**: the country-code top-level domain of the URL's host (``.ng``,
   ``.co.ke``, ``.co.za``), except those sold as vanity domains (:data:`VANITY`); only a web
   page's address (``http``, ``https``) or a bare host is read, not ``mailto:`` or ``ftp:``.

A user's own table (``--kb outlets.tsv``, the shipped columns) is laid over the shipped one by
:meth:`Publishers.extended`: its rows win.

A field naming several outlets ("A; B") gives the state they agree on: international and unknown
outlets are left out, two states give None. The name is read before the web address; when both
give a state and the two differ, none is given (a syndicated page).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import KnowledgeBaseError
from ..text import words
from .places import ascii_fold

__all__ = ["CITY_POPULATION", "INTERNATIONAL", "NAME_LENGTH", "VANITY", "Publishers", "country_domains", "load_publishers"]

INTERNATIONAL = "-"  # the country column's mark of an outlet with no home state of its reporting
CITY_POPULATION = 100_000
NAME_LENGTH = 300  # the most characters of a publisher field read
# country-code domains sold worldwide as vanity names: they say nothing of the outlet's home
VANITY = frozenset({"tv", "fm", "io", "me", "co", "ai", "cc", "ws", "to", "gg", "la", "nu", "tk", "im",
                    "sh", "ac", "vc", "gl", "st", "ag", "bz", "gd", "ms", "tm", "vg"})
_SEPARATORS = re.compile(r"\s*;\s*|\s*\|\s*")
_WORLDWIDE = re.compile(r"\b(?:international|internationale|world service|global|worldwide)\b")
_PAREN = re.compile(r"\(([^()]+)\)\s*$")
_EDITION = re.compile(r"\s+[-\u2013\u2014]{1,2}\s+[A-Za-z]+(?:\s+(?:edition|service|version))?\s*$")
_PRESS_WORDS = frozenset("""daily news times post herald radio tv online tribune mail observer star sun
monitor nation standard guardian voice press journal gazette express mirror today review weekly agency
service network media broadcasting corporation television fm am the of and new independent vanguard
punch leadership telegraph chronicle reporter sentinel courier citizen globe record eagle champion
national capital city central west east north south african""".split())
_STATE_KINDS = frozenset({"name", "demonym", "plural", "capital"})
_DIVISIONS = frozenset({"admin1", "region", "state"})
_NEAR_LENGTH = 10
_WEB_SCHEMES = frozenset({"", "http", "https"})  # a bare host ("paper.co.ke") or a web page


@dataclass(slots=True)
class Publishers:
    """The outlets table, indexed by folded name and by web domain."""

    by_name: dict[str, str] = field(default_factory=dict)  # folded name or alias -> ISO3 or "-"
    by_domain: dict[str, str] = field(default_factory=dict)  # domain (no "www.") -> ISO3 or "-"
    iso2: dict[str, str] = field(default_factory=dict)  # country-code domain -> ISO3
    keys: list[str] = field(default_factory=list)  # the names of ``by_name``, sorted (for near spellings)

    def home(self, publisher: str | None, url: str | None, kb=None, gazetteer=None) -> str | None:
        """The home state (ISO3) of the outlet that published a report, or None (see the module).
        The name is read with its white space folded and cut to :data:`NAME_LENGTH` characters (a
        run of spaces made the edition pattern quadratic)."""
        publisher = " ".join(publisher.split())[:NAME_LENGTH] if publisher else None
        by_name = self.of_names(publisher, kb, gazetteer) if publisher else None
        by_host = self.of_url(url) if url else None
        if by_name and by_host and by_name != by_host:
            return None
        return by_name or by_host

    def extended(self, other: "Publishers") -> "Publishers":
        """This table with a user's table laid over it: the user's rows win on a shared name or domain."""
        by_name = {**self.by_name, **other.by_name}
        return Publishers(by_name=by_name, by_domain={**self.by_domain, **other.by_domain},
                          iso2=self.iso2, keys=sorted(by_name))

    def of_names(self, field_value: str, kb=None, gazetteer=None) -> str | None:
        """The state every known national outlet of a field ("A; B") agrees on, or None."""
        states = {self.of_name(one, kb, gazetteer) for one in _SEPARATORS.split(field_value) if one.strip()}
        states -= {None, INTERNATIONAL}
        return states.pop() if len(states) == 1 else None

    def of_name(self, name: str, kb=None, gazetteer=None) -> str | None:
        """One outlet's state, INTERNATIONAL, or None when its name says nothing. An edition after a
        dash ("X - English", "X -- French") is no part of the name; a place in a trailing parenthesis
        ("The Bugle (Ghana)") tells one of several namesakes from the others."""
        name = _EDITION.sub("", name)
        key = fold(name)
        if key in self.by_name:
            return self.by_name[key]
        paren = _PAREN.search(name)
        if paren:
            bare = fold(name[:paren.start()])
            if self.by_name.get(bare) == INTERNATIONAL:
                return INTERNATIONAL  # "Global Wire (Paris)": where its newsroom is, not what it covers
            inside = named_states(paren.group(1), kb, gazetteer)
            outside = named_states(name[:paren.start()], kb, gazetteer)
            if len(inside) == 1:
                return inside.pop() if not outside or outside == inside else None  # "Kenya Bugle (London)"
            if bare in self.by_name:
                return self.by_name[bare]
        near = self.near(key)
        if near is not None:
            return self.by_name[near]
        if _WORLDWIDE.search(key):
            return INTERNATIONAL
        states = named_states(name, kb, gazetteer)
        return states.pop() if len(states) == 1 else None

    def near(self, key: str) -> str | None:
        """The one table name that a name of 10+ letters is spelt as, but for up to two letters at
        its end ("associated pres" for "associated press"), or None."""
        if len(key) < _NEAR_LENGTH:
            return None
        at = bisect_left(self.keys, key[:-2])
        found = set()
        for other in self.keys[at:at + 8]:
            if not other.startswith(key[:-2]):
                break
            if other != key and abs(len(other) - len(key)) <= 2 and (other.startswith(key) or key.startswith(other)
                                                                      or other[:-1] == key[:-1]):
                found.add(other)
        return found.pop() if len(found) == 1 else None

    def of_url(self, url: str) -> str | None:
        """The state of a URL's host: a known outlet's domain, else its country-code domain."""
        try:
            scheme = urlsplit(url).scheme.lower()
            host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")
        except ValueError:
            return None
        if scheme not in _WEB_SCHEMES and "." not in scheme:
            return None  # "mailto:desk@paper.co.ke" is no web address of the outlet ("paper.co.ke:80" is)
        labels = host.removeprefix("www.").split(".")
        for k in range(len(labels) - 1):
            known = self.by_domain.get(".".join(labels[k:]))
            if known is not None:
                return None if known == INTERNATIONAL else known
        top = labels[-1] if len(labels) > 1 else ""
        return None if top in VANITY else self.iso2.get(top)


def fold(name: str) -> str:
    """A name as the table is keyed: ASCII, lower case, words only, a leading "the" dropped."""
    toks = [t for t in words(ascii_fold(name).lower()) if t.isalnum()]
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    return " ".join(toks)


def named_states(name: str, kb, gazetteer) -> set[str]:
    """The states an outlet's name names: countries and demonyms by the knowledge base, big
    unambiguous cities by the gazetteer (a trailing "(City)" is read the same way)."""
    toks = list(words(name.replace("(", " ( ").replace(")", " ) ")))
    found: set[str] = set()
    i = 0
    while i < len(toks):
        n = _state_at(kb, toks, i, found) if kb is not None else 0
        if not n and gazetteer is not None and toks[i][:1].isupper():
            n = _city_at(gazetteer, toks, i, found)
        i += max(n, 1)
    return found


def _state_at(kb, toks: list[str], i: int, found: set[str]) -> int:
    n, entries = kb.match(toks, i)
    states = {e.record for e in entries if e.kind in _STATE_KINDS
              and kb.records[e.record].get("type", "state") == "state"}
    if n and states:
        found.update(states)
        return n
    return 0


def _city_at(gazetteer, toks: list[str], i: int, found: set[str]) -> int:
    """The length of the place name at token ``i`` (0: none), adding its state to ``found`` when it
    is a big unambiguous city; a name read but refused is skipped whole ("New York": not "York")."""
    n, places = gazetteer.longest(toks, i)
    if not n or all(t.lower() in _PRESS_WORDS for t in toks[i:i + n]):
        return 0  # "Star", "New", "Times": the press's words, not a place
    written = fold(" ".join(toks[i:i + n]))
    places = [p for p in places if p.tier == "f" and (p.kind in ("city", "town")
              or p.kind in _DIVISIONS and fold(p.name) == written)]  # "Oromiya", not "Ariana" for "Ariana Governorate"
    top = places[0] if places else None
    if top is not None and top.population >= CITY_POPULATION \
            and not any(p.country != top.country and p.population * 10 >= top.population for p in places):
        found.add(top.country)
    return n


def load_publishers(path: Path, iso2: dict[str, str] | None = None) -> Publishers:
    """Read the outlets table: '#' lines are comments; the columns are named by a header line, or
    by a comment "# columns: id<TAB>name ..." before the rows. A country column of several codes
    ("NGA|NER": a service for several states) counts as international; a name or domain that two
    rows give different states is dropped (neither is read from the table)."""
    table = Publishers(iso2=dict(iso2 or {}))
    if not path.exists():
        return table
    lines = path.read_text(encoding="utf-8").splitlines()
    header, named = next(((number, line.split(":", 1)[1].strip().split("\t")) for number, line
                          in enumerate(lines, 1) if line.startswith("# columns:")), (1, None))
    rows = [(number, line) for number, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    if named is None and rows:
        (header, line), rows = rows[0], rows[1:]
        named = line.split("\t")
    for needed in ("name", "aliases", "domains", "country"):
        if needed not in (named or ()):
            raise KnowledgeBaseError(str(path), header, f"the columns have no {needed!r}")
    at = {name.strip(): k for k, name in enumerate(named)}
    clashes: set[tuple[str, str]] = set()
    for number, line in rows:
        cols = line.split("\t")
        get = lambda name: cols[at[name]].strip() if at[name] < len(cols) else ""  # noqa: E731
        country = _country(get("country"), path, number)
        for name in {fold(n) for n in [get("name"), *get("aliases").split("|")]} - {""}:
            _put(table.by_name, name, country, clashes, "name")
        for domain in get("domains").split("|"):
            domain = domain.strip().lower().removeprefix("www.")
            if domain:
                _put(table.by_domain, domain, country, clashes, "domain")
    for kind, key in clashes:
        (table.by_name if kind == "name" else table.by_domain).pop(key, None)
    table.keys = sorted(table.by_name)
    return table


def _country(value: str, path: Path, number: int) -> str:
    codes = [c.strip().upper() for c in value.split("|") if c.strip()]
    if not codes or any(c != INTERNATIONAL and not (len(c) == 3 and c.isalpha()) for c in codes):
        raise KnowledgeBaseError(str(path), number, f"country {value!r} is no ISO3 code nor '-'")
    return codes[0] if len(codes) == 1 else INTERNATIONAL


def _put(index: dict[str, str], key: str, country: str, clashes: set, kind: str) -> None:
    if index.setdefault(key, country) != country:
        clashes.add((kind, key))


def country_domains(kb) -> dict[str, str]:
    """Each state's country-code domain (its ISO 3166-1 alpha-2 code, lower case; ``uk`` for GBR)."""
    domains = {r["iso2"].lower(): r["id"] for r in kb.records.values()
               if r.get("type", "state") == "state" and isinstance(r.get("iso2"), str) and len(r["iso2"]) == 2}
    if "gb" in domains:
        domains["uk"] = domains["gb"]
    return domains
