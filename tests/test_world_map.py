"""The recognition board's world map: shipped data with its source and licence, made by our script."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAP = ROOT / "src" / "dragoman" / "data" / "world" / "countries.json"
STATES = ROOT / "src" / "dragoman" / "data" / "actors" / "states.jsonl"
ENTITIES = ROOT / "src" / "dragoman" / "data" / "recognition" / "entities.jsonl"


@pytest.fixture(scope="module")
def world():
    return json.loads(MAP.read_text(encoding="utf-8"))


def test_the_map_records_its_source_and_licence(world):
    assert "Natural Earth" in world["source"] and "world-atlas" in world["source"]
    assert "ISC" in world["licence"] and "public domain" in world["licence"]
    assert world["made_by"] == "scripts/build_world_map.py" and world["unmatched"] == []


def test_every_country_code_is_a_state_or_a_tracked_entity(world):
    states = {json.loads(line)["id"] for line in STATES.read_text(encoding="utf-8").splitlines() if line.strip()}
    entities = {json.loads(line)["id"] for line in ENTITIES.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert set(world["countries"]) <= states | entities
    assert {"USA", "RUS", "CHN", "AFG", "PSE", "TWN", "XKX", "ESH", "BRA", "AUS"} <= set(world["countries"])
    assert len(world["countries"]) > 160


def test_paths_are_closed_outlines_inside_the_view(world):
    width, height = map(float, world["viewBox"].split()[2:])
    for code, country in world["countries"].items():
        assert re.fullmatch(r"(M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+)+Z)+", country["d"]), code
        xs = [float(x) for x in re.findall(r"([-\d.]+),", country["d"])]
        ys = [float(y) for y in re.findall(r",([-\d.]+)", country["d"])]
        assert min(xs) >= 0 and max(xs) <= width * 1.05 and 0 <= min(ys) and max(ys) <= height, code


def test_the_script_reproduces_the_shipped_file(tmp_path):
    source = os.environ.get("WORLD_ATLAS_110M")  # countries-110m.json from the npm package world-atlas 2.0.2
    if not source or not Path(source).is_file():
        pytest.skip("set WORLD_ATLAS_110M to world-atlas's countries-110m.json to check the regeneration")
    before = MAP.read_bytes()
    try:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_world_map.py"), source], check=True,
                       capture_output=True)
        assert MAP.read_bytes() == before
    finally:
        MAP.write_bytes(before)
