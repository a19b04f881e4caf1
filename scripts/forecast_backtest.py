"""Run the recognition forecast's backtest and write its chart and tables for docs/forecast.md.

    python scripts/forecast_backtest.py                 # runs the backtest (a few minutes)
    python scripts/forecast_backtest.py --json bt.json  # or reads `dragoman forecast backtest --format json`

Writes docs/forecast_backtest.svg (AUC by year for the model and both baselines, and
the calibration of the model) and prints the tables in Markdown.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dragoman.analysis.forecast import backtest, switch_ranks

DOCS = Path(__file__).resolve().parent.parent / "docs"
COLOURS = {"model": "#1f5fa8", "base_rate": "#b5651d", "region_share": "#4b8b3b"}
LABELS = {"model": "model", "base_rate": "base rate", "region_share": "region share"}


def _polyline(points, colour):
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}"/>' for x, y in points)
    return f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.8"/>{dots}'


def _auc_panel(report, left=50, top=40, width=420, height=240):
    years = sorted(int(y) for y in report["by_year"])
    def x(year):
        return left + (year - years[0]) / max(years[-1] - years[0], 1) * width
    def y(value):
        return top + (1 - value) * height
    out = [f'<text x="{left}" y="{top - 15}" font-size="13" font-weight="bold">AUC by year (0.5 = chance)</text>',
           f'<rect x="{left}" y="{top}" width="{width}" height="{height}" fill="none" stroke="#999"/>']
    for v in (0.25, 0.5, 0.75):
        out.append(f'<line x1="{left}" x2="{left + width}" y1="{y(v)}" y2="{y(v)}" stroke="#ddd"/>'
                   f'<text x="{left - 8}" y="{y(v) + 4}" font-size="10" text-anchor="end">{v}</text>')
    for year in years[::4]:
        out.append(f'<text x="{x(year)}" y="{top + height + 14}" font-size="10" text-anchor="middle">{year}</text>')
    for scorer, colour in COLOURS.items():
        points = [(x(yr), y(s[scorer]["auc"])) for yr in years
                  if (s := report["by_year"][str(yr) if str(yr) in report["by_year"] else yr])[scorer]["auc"] is not None]
        out.append(_polyline(points, colour))
    for i, (scorer, colour) in enumerate(COLOURS.items()):
        out.append(f'<rect x="{left + 10 + 110 * i}" y="{top + height + 24}" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{left + 24 + 110 * i}" y="{top + height + 33}" font-size="11">{LABELS[scorer]}</text>')
    return out


def _calibration_panel(report, left=540, top=40, size=240):
    top_value = max(max(c["predicted"], c["observed"]) for c in report["calibration"]) * 1.1
    def at(value):
        return value / top_value * size
    out = [f'<text x="{left}" y="{top - 15}" font-size="13" font-weight="bold">Calibration: predicted vs observed</text>',
           f'<rect x="{left}" y="{top}" width="{size}" height="{size}" fill="none" stroke="#999"/>',
           f'<line x1="{left}" y1="{top + size}" x2="{left + size}" y2="{top}" stroke="#ccc" stroke-dasharray="4 3"/>',
           f'<text x="{left + size / 2}" y="{top + size + 28}" font-size="10" text-anchor="middle">mean predicted chance within the year</text>',
           f'<text x="{left - 30}" y="{top + size / 2}" font-size="10" text-anchor="middle" transform="rotate(-90 {left - 30} {top + size / 2})">observed share that changed</text>']
    for c in report["calibration"]:
        cx, cy = left + at(c["predicted"]), top + size - at(c["observed"])
        radius = 3 + min(c["n"], 30000) ** 0.5 / 20
        out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{radius:.1f}" fill="{COLOURS["model"]}" fill-opacity="0.5"/>'
                   f'<text x="{cx + radius + 3:.1f}" y="{cy + 4:.1f}" font-size="9">n={c["n"]}</text>')
    for v in (0, top_value / 2, top_value):
        out.append(f'<text x="{left + at(v):.1f}" y="{top + size + 13}" font-size="9" text-anchor="middle">{v:.2f}</text>')
    return out


def chart(report) -> str:
    body = _auc_panel(report) + _calibration_panel(report)
    first, last = report["years"]
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="820" height="340" font-family="sans-serif">'
            f'<title>Recognition forecast backtest {first}-{last}</title>'
            '<rect width="820" height="340" fill="white"/>' + "".join(body) + "</svg>\n")


def _f(value):
    return "–" if value is None else f"{value:.3f}"


def tables(report) -> str:
    lines = ["| set | predictions | changes | scorer | AUC | Brier | top-10 hit rate |", "|---|---|---|---|---|---|---|"]
    sets = [("all", {"predictions": report["predictions"], "changes": report["changes"], **report["scores"]})]
    sets += [(f"direction: {d}", v) for d, v in report["by_direction"].items()]
    sets += [(e, v) for e, v in report["by_entity"].items() if v["changes"]]
    for name, v in sets:
        for scorer in ("model", "base_rate", "region_share"):
            s = v[scorer]
            lines.append(f"| {name} | {v['predictions']} | {v['changes']} | {LABELS[scorer]} | {_f(s['auc'])} | "
                         f"{s['brier']:.5f} | {_f(s['top10'])} |")
    lines += ["", "| predicted | n | mean predicted | observed | changes |", "|---|---|---|---|---|"]
    lines += [f"| {c['from']:.0%}–{c['to']:.0%} | {c['n']} | {c['predicted']:.4f} | {c['observed']:.4f} | {c['changes']} |"
              for c in report["calibration"]]
    if report.get("switches"):
        lines += ["", "| state | switched | as of | rank among allies | rank among all | chance |", "|---|---|---|---|---|---|"]
        lines += [f"| {s['state']} | {s['switched']} | {s['as_of']} | {s['rank_among_allies']} of {s['allies']} | "
                  f"{s['rank']} of {s['ranked']} | {100 * s['probability']:.1f}% |" for s in report["switches"]]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="A report from `dragoman forecast backtest --format json`.")
    args = parser.parse_args()
    if args.json:
        report = json.loads(args.json.read_text())
    else:
        report = backtest()
        report["switches"] = switch_ranks("TWN", "2016-01-01")
    (DOCS / "forecast_backtest.svg").write_text(chart(report), encoding="utf-8")
    print(tables(report))


if __name__ == "__main__":
    main()
