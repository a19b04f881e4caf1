"""Tables for the forecast commands: the ranking and the backtest report."""

from __future__ import annotations

from typing import Any

from .render_store import _clip, table

__all__ = ["backtest_table", "forecast_table"]


def forecast_table(result: dict[str, Any], top: int = 20) -> str:
    """The ranking, most likely change first; the notes (thin history, no store) above it."""
    rows = result["ranking"][:top] if top else result["ranking"]
    head = (f"{result['entity']} ({result['name']}) as of {result['as_of']}: {result['recognizers']} recognizing; "
            f"chance of a change within {result['horizon']} days\n")
    notes = "".join(f"note: {n}\n" for n in result["notes"])
    if not rows:
        return head + notes + "no state at risk of a change\n"
    body = table(["rank", "state", "name", "change", "chance", "factors"],
                 [[r["rank"], r["primary"], _clip(r["name"], 22), r["change"], f"{100 * r['probability']:.1f}%",
                   r["factors"]] for r in rows])
    more = len(result["ranking"]) - len(rows)
    return head + notes + body + (f"... {more} more (--top 0 for all)\n" if more > 0 else "")


def _fmt(value: Any) -> str:
    return "-" if value is None else (f"{value:.4f}" if isinstance(value, float) else str(value))


def _score_rows(label: str, scores: dict[str, Any]) -> list[list[str]]:
    return [[label, s, _fmt(scores[s]["auc"]), _fmt(scores[s]["brier"]), _fmt(scores[s]["top10"])]
            for s in ("model", "base_rate", "region_share")]


def backtest_table(report: dict[str, Any]) -> str:
    first, last = report["years"]
    out = [f"rolling-origin backtest {first}-{last}: {report['predictions']} predictions, {report['changes']} changes\n",
           table(["set", "scorer", "AUC", "Brier", "top-10 hit rate"],
                 _score_rows("all", report["scores"])
                 + [row for d, v in report["by_direction"].items() for row in _score_rows(d, v)]
                 + [row for e, v in report["by_entity"].items() if v["changes"] for row in _score_rows(e, v)]),
           "\ncalibration of the model (chance of a change within the year)\n",
           table(["predicted", "n", "mean predicted", "observed", "changes"],
                 [[f"{c['from']:.0%}-{c['to']:.0%}", c["n"], f"{c['predicted']:.4f}", f"{c['observed']:.4f}",
                   c["changes"]] for c in report["calibration"]])]
    if report.get("switches"):
        out += ["\neach switch from Taiwan since 2016: the state's rank a year before\n",
                table(["state", "switched", "as of", "rank among allies", "rank among all", "chance"],
                      [[s["state"], s["switched"], s["as_of"], f"{_fmt(s['rank_among_allies'])} of {s['allies']}",
                        f"{_fmt(s['rank'])} of {s['ranked']}",
                        "-" if s["probability"] is None else f"{100 * s['probability']:.1f}%"]
                       for s in report["switches"]])]
    return "".join(out)
