"""The recognition forecast: features one by one, the fit, the ranking, the backtest, the command."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from dragoman.analysis.forecast import FEATURES, backtest, context, fit_logistic, forecast_recognition, load_geography
from dragoman.analysis.forecast import features as F
from dragoman.analysis.forecast.ranking import fit_as_of, rank
from dragoman.analysis.forecast.backtest import auc, brier, calibration, top_hits
from dragoman.analysis.forecast.months import month_index, month_start
from dragoman.analysis.recognition import Baseline, Entity, Fact, load_baseline
from dragoman.cli import main
from dragoman.errors import DragomanError, StoreError
from dragoman.store import connect, ingest
from store_support import doc, event

GEO = load_geography()


def _baseline(*facts: tuple[str, str, str]) -> Baseline:
    """A baseline with one made-up entity NEW and the given (state, status, since) facts."""
    base = load_baseline()
    made = tuple(Fact(f"new-{i}", "NEW", s, status, since, source="test") for i, (s, status, since) in enumerate(facts))
    return Baseline({"NEW": Entity("NEW", "New State", primary=None)}, made, base.states)


def _at(ctx, name, state):
    return float(FEATURES[name](ctx, ctx.now)[GEO.index[state]])


def test_neighbour_share_counts_the_neighbours_that_recognize_before_the_day():
    base = _baseline(("FRA", "recognizes", "2020-01-10"), ("DEU", "recognizes", "2021-06-15"))
    ctx = context("NEW", "2022-01-01", baseline=base, geo=GEO)
    near = GEO.neighbours["BEL"]
    assert _at(ctx, "neighbour_share", "BEL") == pytest.approx(2 / len(near))
    before = context("NEW", "2021-06-15", baseline=base, geo=GEO)  # Germany's fact is not known yet
    assert _at(before, "neighbour_share", "BEL") == pytest.approx(1 / len(near))


def test_recent_starts_fade_after_two_years():
    base = _baseline(("FRA", "recognizes", "2020-01-10"))
    assert _at(context("NEW", "2021-01-01", baseline=base, geo=GEO), "neighbours_started_recently", "BEL") > 0
    assert _at(context("NEW", "2023-01-01", baseline=base, geo=GEO), "neighbours_started_recently", "BEL") == 0


def test_withdrawals_count_for_the_neighbours_and_the_states_own_history():
    base = _baseline(("FRA", "recognizes", "2010"), ("FRA", "withdrew", "2021-03-01"))
    ctx = context("NEW", "2022-01-01", baseline=base, geo=GEO)
    assert _at(ctx, "neighbours_withdrew_recently", "BEL") == pytest.approx(1 / len(GEO.neighbours["BEL"]))
    assert _at(ctx, "past_changes", "FRA") == pytest.approx(np.log1p(2))
    assert _at(ctx, "past_changes", "BEL") == 0


def test_region_share_leaves_the_state_itself_out():
    base = _baseline(("FRA", "recognizes", "2020-01-10"), ("NLD", "recognizes", "2020-01-10"))
    ctx = context("NEW", "2021-01-01", baseline=base, geo=GEO)
    western = [s for s in GEO.states if GEO.regions[s] == "Western Europe"]
    assert _at(ctx, "region_share", "BEL") == pytest.approx(2 / (len(western) - 1))
    assert _at(ctx, "region_share", "FRA") == pytest.approx(1 / (len(western) - 1))


def test_bloc_share_is_the_share_of_the_other_members_of_the_best_bloc():
    base = _baseline(("FRA", "recognizes", "2020-01-10"), ("DEU", "recognizes", "2020-01-10"))
    ctx = context("NEW", "2021-01-01", baseline=base, geo=GEO)
    eu = next(b for b in GEO.blocs if b.id == "EU")
    members = {m[0] for m in eu.members if m[2] is None}  # the United Kingdom has left by 2021
    assert _at(ctx, "bloc_share", "ITA") == pytest.approx(2 / (len(members) - 1))
    assert _at(ctx, "bloc_share", "USA") == 0  # in none of the shipped blocs


def test_time_since_first_recognition_and_the_entitys_pace():
    base = _baseline(("FRA", "recognizes", "2010-05-05"), ("DEU", "recognizes", "2011-05-05"))
    ctx = context("NEW", "2020-06-01", baseline=base, geo=GEO)
    assert _at(ctx, "years_since_first_recognition", "BEL") == pytest.approx(np.log1p(10), abs=0.02)
    assert _at(ctx, "world_started_recently", "BEL") == 0  # both started more than two years ago
    assert _at(ctx, "starts_per_state_year", "BEL") > 0
    assert _at(ctx, "withdrawals_per_state_year", "BEL") == 0


def test_features_at_a_month_do_not_depend_on_what_was_learnt_after_it():
    base = load_baseline()
    full = context("TWN", "2025-01-01", baseline=base, geo=GEO)
    k = month_index("2017-01-01")
    past = context("TWN", month_start(k), baseline=base, geo=GEO)
    assert past.now == k
    assert np.allclose(F.feature_matrix(full, k), F.feature_matrix(past, k))


def _store(tmp_path, lines):
    conn = connect(tmp_path / "s.db")
    coder = lambda d: [event(d.id, n, *line.split()) for n, line in enumerate(d.text.splitlines()[1:], 1)]  # noqa: E731
    ingest(conn, [doc("A\n" + "\n".join(lines))], coder, "v1")
    return conn


def test_coded_events_with_the_entity_and_its_rival_feed_their_features(tmp_path):
    conn = _store(tmp_path, ["PRY 057 TWN 2024-03-01", "TWN 051 PRY 2024-04-01", "PRY 190 CHN 2024-05-01",
                             "GTM 057 TWN 2020-01-01"])
    ctx = context("TWN", "2024-07-01", conn, geo=GEO)
    assert _at(ctx, "cooperation_with_entity", "PRY") == pytest.approx(np.log1p(2))
    assert _at(ctx, "cooperation_with_entity", "GTM") == 0  # outside the 12-month window
    assert _at(ctx, "hostility_with_entity", "PRY") == 0
    assert _at(ctx, "balance_with_rival", "PRY") == pytest.approx(np.tanh(-1.0))
    assert _at(ctx, "goldstein_trend_with_entity", "PRY") > 0
    early = context("TWN", "2024-03-01", conn, geo=GEO)  # the events are not yet known
    assert _at(early, "cooperation_with_entity", "PRY") == 0


def test_fit_logistic_recovers_the_sign_and_shrinks_with_the_penalty():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(4000, 2))
    y = (rng.random(4000) < 1 / (1 + np.exp(-(-2 + 1.5 * x[:, 0])))).astype(float)
    loose = fit_logistic(x, y, ("signal", "noise"), l2=0.0)
    tight = fit_logistic(x, y, ("signal", "noise"), l2=5000.0)
    assert loose.weights[0] == pytest.approx(1.5, abs=0.2) and abs(loose.weights[1]) < 0.2
    assert 0 < tight.weights[0] < loose.weights[0]
    assert loose.predict(np.array([[2.0, 0.0]]))[0] > loose.predict(np.array([[-2.0, 0.0]]))[0]
    with pytest.raises(DragomanError):
        fit_logistic(x, np.zeros(4000), ("signal", "noise"))


def test_metrics():
    y = np.array([1, 0, 0, 1.0])
    assert auc(np.array([0.9, 0.1, 0.2, 0.8]), y) == 1.0
    assert auc(np.array([0.5, 0.5, 0.5, 0.5]), y) == 0.5
    assert brier(np.array([1, 0, 0, 1.0]), y) == 0
    assert top_hits(np.array([0.9, 0.1, 0.2, 0.8]), y, top=1) == 1
    assert top_hits(np.full(4, 0.5), y, top=2) == pytest.approx(1.0)  # ties: expected hits
    table = calibration(np.array([0.005, 0.5, 0.6, 0.02]), y)
    assert sum(r["n"] for r in table) == 4


@pytest.fixture(scope="module")
def taiwan_2016():
    return forecast_recognition(None, "TWN", "2016-06-01")


def test_taiwan_allies_are_ranked_to_switch_and_the_ranking_is_ordered(taiwan_2016):
    ranking = taiwan_2016["ranking"]
    allies = {r["primary"] for r in ranking if r["change"] == "switch to CHN"}
    assert len(allies) == taiwan_2016["recognizers"] == 22
    assert "CHN" not in {r["primary"] for r in ranking}
    chances = [r["probability"] for r in ranking]
    assert chances == sorted(chances, reverse=True) and all(0 < p < 1 for p in chances)
    assert [r["rank"] for r in ranking] == list(range(1, len(ranking) + 1))
    panama = next(r for r in ranking if r["primary"] == "PAN")
    assert "neighbour" in panama["factors"] and "Central America" in panama["factors"]
    assert set(panama["features"]) == set(FEATURES)


def test_a_longer_horizon_gives_higher_chances_in_the_same_order():
    model, contexts = fit_as_of("2012-01-01")
    short, long = rank(model, contexts["XKX"], horizon=90), rank(model, contexts["XKX"], horizon=730)
    assert [r["primary"] for r in short] == [r["primary"] for r in long]
    assert all(a["probability"] < b["probability"] for a, b in zip(short, long))
    assert {r["change"] for r in short} == {"recognize"}  # no withdrawal from Kosovo is known yet (Suriname: 2017)


def test_a_thin_history_is_said_and_bad_input_is_refused():
    result = forecast_recognition(None, "AFG", "2025-07-20")
    assert any(n.startswith("thin history") for n in result["notes"])
    assert result["recognizers"] == 1 and result["ranking"][0]["primary"] in {r["primary"] for r in result["ranking"]}
    with pytest.raises(StoreError):
        forecast_recognition(None, "AFG", "20 July 2025")
    with pytest.raises(StoreError, match="no recognition of FRA"):
        forecast_recognition(None, "FRA", "2024-01-01")


def test_the_backtest_runs_end_to_end_on_the_shipped_facts():
    report = backtest(2018, 2019, history_from=2012)
    assert report["predictions"] > 1000 and report["changes"] > 0
    for scorer in ("model", "base_rate", "region_share"):
        s = report["scores"][scorer]
        assert 0 <= s["auc"] <= 1 and 0 <= s["brier"] <= 1 and 0 <= s["top10"] <= 1
    assert sum(r["n"] for r in report["calibration"]) == report["predictions"]
    twn = [r for r in report["rows"] if r["entity"] == "TWN" and r["changed"]]
    assert {r["state"] for r in twn} >= {"DOM", "BFA", "SLV", "SLB", "KIR"}
    from dragoman.render_forecast import backtest_table
    text = backtest_table({**report, "switches": [{"state": "SLB", "switched": "2019-09-16", "as_of": "2018-09-16",
                                                    "rank_among_allies": 3, "allies": 17, "rank": 3, "ranked": 195,
                                                    "probability": 0.05}]})
    assert text.startswith("rolling-origin backtest 2018-2019") and "calibration" in text
    assert any(line.split()[:2] == ["all", "model"] for line in text.splitlines())
    assert "3 of 17" in text and "5.0%" in text


def test_cli_forecast_recognition_table_and_json():
    runner = CliRunner()
    out = runner.invoke(main, ["forecast", "recognition", "TWN", "--as-of", "2019-01-01", "--db", "/nonexistent.db",
                               "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["as_of"] == "2019-01-01" and data["ranking"][0]["rank"] == 1
    table = runner.invoke(main, ["forecast", "recognition", "Narnia", "--as-of", "2019-01-01"])
    assert table.exit_code == 1 and "unknown entity" in table.output
    assert runner.invoke(main, ["forecast", "recognition", "TWN", "--horizon", "0"]).exit_code == 2


def test_the_table_puts_the_notes_first_and_cuts_at_top():
    from dragoman.render_forecast import forecast_table
    rows = [{"rank": i, "primary": s, "name": s, "change": "recognize", "probability": p, "factors": f"{s} facts."}
            for i, (s, p) in enumerate([("BLR", 0.2), ("IRN", 0.1), ("PRK", 0.05)], 1)]
    result = {"entity": "AFG", "name": "Islamic Emirate", "as_of": "2025-07-20", "horizon": 365, "recognizers": 1,
              "notes": ["thin history: 7 dated changes"], "ranking": rows}
    lines = forecast_table(result, top=2).splitlines()
    assert lines[1] == "note: thin history: 7 dated changes"
    assert lines[4].split()[:5] == ["1", "BLR", "BLR", "recognize", "20.0%"] and lines[-1].startswith("... 1 more")
