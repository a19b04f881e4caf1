"""Build the recognition board's world map: one simplified SVG path per country, by ISO 3166 alpha-3 code.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_map.py package/countries-110m.json

Source: the npm package ``world-atlas`` 2.0.2 (ISC licence, Mike Bostock), TopoJSON made
from Natural Earth's 1:110m Admin 0 countries (public domain). Its features carry ISO
3166-1 numeric ids and short names; the alpha-3 code is found from the name against our
own state list (``data/actors/states.jsonl``), then from the table below. Coordinates are
projected equirectangularly (longitude -180..180 to x 0..1000, latitude 84..-58 to y 0..394),
rounded to one decimal, repeated points dropped; a ring across the antimeridian is drawn east of
it. Antarctica is left out.
Writes ``src/dragoman/data/world/countries.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "dragoman" / "data" / "world" / "countries.json"
STATES = ROOT / "src" / "dragoman" / "data" / "actors" / "states.jsonl"
SCALE, NORTH, SOUTH = 1000 / 360, 84.0, -58.0

# Natural Earth's short names that our state list does not carry, and the places without a state code
NAMES = {
    "dem. rep. congo": "COD", "central african rep.": "CAF", "s. sudan": "SSD", "bosnia and herz.": "BIH",
    "dominican rep.": "DOM", "eq. guinea": "GNQ", "w. sahara": "ESH", "solomon is.": "SLB",
    "falkland is.": "FLK", "fr. s. antarctic lands": "ATF", "eswatini": "SWZ", "côte d'ivoire": "CIV",
    "timor-leste": "TLS", "macedonia": "MKD", "united states of america": "USA", "n. cyprus": "TRNC",
    "somaliland": "SOMALILAND", "kosovo": "XKX", "palestine": "PSE", "taiwan": "TWN", "czechia": "CZE",
    "greenland": "GRL", "puerto rico": "PRI", "new caledonia": "NCL", "vanuatu": "VUT", "fiji": "FJI",
    "bahamas": "BHS", "gambia": "GMB", "russia": "RUS", "syria": "SYR", "laos": "LAO", "vietnam": "VNM",
    "south korea": "KOR", "north korea": "PRK", "iran": "IRN", "tanzania": "TZA", "bolivia": "BOL",
    "venezuela": "VEN", "moldova": "MDA", "brunei": "BRN",
}


def _names() -> dict[str, str]:
    out = {}
    for line in STATES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            state = json.loads(line)
            for name in [state["name"], *state.get("aliases", [])]:
                out.setdefault(name.casefold(), state["id"])
    return {**out, **NAMES}


def _arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _unwrapped(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (Chukotka, Fiji) drawn whole east of it: its western
    longitudes move by 360 degrees, and what lies past the map's right edge is cut off by the view."""
    if all(abs(a[0] - b[0]) <= 180 for a, b in zip(ring, ring[1:])):
        return ring
    return [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]


def _path(ring: list[tuple[float, float]]) -> str:
    xy = []
    for lon, lat in _unwrapped(ring):
        lat = min(max(lat, SOUTH), NORTH)
        point = (round((lon + 180) * SCALE, 1), round((NORTH - lat) * SCALE, 1))
        if not xy or xy[-1] != point:
            xy.append(point)
    if len(xy) < 3:
        return ""
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in xy) + "Z"


def build(source: Path) -> dict:
    topo = json.loads(source.read_text(encoding="utf-8"))
    arcs, names = _arcs(topo), _names()
    countries, unmatched = {}, []
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        if name == "Antarctica":
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        path = "".join(_path(_ring(ring, arcs)) for polygon in polygons for ring in polygon)
        code = names.get(name.casefold())
        if code is None:
            unmatched.append(name)
            continue
        countries[code] = {"name": name, "d": countries.get(code, {}).get("d", "") + path}
    return {"source": "world-atlas 2.0.2 (npm), countries-110m.json: Natural Earth 1:110m Admin 0 countries",
            "licence": "world-atlas: ISC (Copyright 2013-2019 Michael Bostock); Natural Earth: public domain",
            "made_by": "scripts/build_world_map.py", "projection": "equirectangular, latitude 84..-58",
            "viewBox": f"0 0 1000 {round((NORTH - SOUTH) * SCALE)}", "unmatched": sorted(unmatched),
            "countries": dict(sorted(countries.items()))}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    data = build(Path(argv[0]))
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data['countries'])} countries, unmatched: {data['unmatched']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
