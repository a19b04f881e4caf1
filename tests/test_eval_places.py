"""Location agreement in `dragoman eval`: gold events may carry a place (lat, lon); a matching
prediction placed within 50 km agrees. Sentences and places are our own."""

import json

from click.testing import CliRunner

from dragoman.cli import main
from dragoman.evaluate import NEAR_KM, GoldItem, Score, km, score_item

TRIPLE = ("NGA", "NGA", "17")


def _item(lat, lon):
    return GoldItem("x", None, "", [{"source": "NGA", "target": "NGA", "root": "17", "code": "175",
                                     "place": {"name": "P", "lat": lat, "lon": lon}}])


def test_km_is_the_great_circle_distance():
    assert abs(km((0.0, 0.0), (0.0, 1.0)) - 111.195) < 0.01  # one degree of the equator
    assert km((12.0, 8.5), (12.0, 8.5)) == 0.0
    assert 5500 < km((51.5, -0.13), (40.7, -74.0)) < 5650  # London to New York, about 5,570 km


def test_a_prediction_near_the_gold_place_agrees_and_a_far_one_does_not():
    total = Score()
    score_item(_item(12.0, 8.5), [(TRIPLE, None, "175", (12.2, 8.6))], total)  # about 25 km
    score_item(_item(12.0, 8.5), [(TRIPLE, None, "175", (9.0, 7.5))], total)   # about 350 km
    score_item(_item(12.0, 8.5), [(TRIPLE, None, "175", None)], total)         # no place given
    assert (total.placed, total.place_agreed) == (3, 1)
    assert abs(total.place_agreement - 1 / 3) < 1e-9


def test_one_matching_prediction_near_enough_suffices_and_unplaced_gold_is_not_counted():
    total = Score()
    score_item(_item(12.0, 8.5), [(TRIPLE, None, "175", (0.0, 0.0)), (TRIPLE, None, "175", (12.01, 8.5))], total)
    score_item(GoldItem("y", None, "", [{"source": "NGA", "target": "NGA", "root": "17"}]),
               [(TRIPLE, None, "175", (12.0, 8.5))], total)
    score_item(_item(12.0, 8.5), [], total)  # missed: not a recalled event
    assert (total.placed, total.place_agreed) == (1, 1)
    assert NEAR_KM == 50


def test_eval_prints_location_agreement_only_for_files_with_places(tmp_path):
    placed = tmp_path / "placed.jsonl"
    plain = tmp_path / "plain.jsonl"
    event = {"source": "KEN", "target": "KEN", "root": "17", "code": "175", "date": "2024-05-06"}
    text = "Police fired tear gas at protesters in Nakuru on Monday."
    placed.write_text(json.dumps({"id": "a", "published": "2024-05-07", "text": text, "events": [
        {**event, "place": {"name": "Nakuru", "lat": -0.28, "lon": 36.07}}]}) + "\n", encoding="utf-8")
    plain.write_text(json.dumps({"id": "a", "published": "2024-05-07", "text": text, "events": [event]}) + "\n",
                     encoding="utf-8")
    out = CliRunner().invoke(main, ["eval", str(placed), str(plain)]).output
    first, second = out.split(str(plain))
    assert "location within 50 km 1.000 (of 1)" in first
    assert "location within" not in second
    as_json = json.loads(CliRunner().invoke(main, ["eval", str(placed), "--format", "json"]).output)
    assert next(iter(as_json.values()))["placed_events"] == 1
