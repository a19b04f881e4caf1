"""Charts drawn on the server as inline SVG: the dyad timeline, the world map, the relations network.

Every text put in the SVG is escaped; styling comes from classes in static/style.css
(the Content-Security-Policy allows no inline styles).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from markupsafe import Markup

__all__ = ["network_svg", "timeline_svg", "world_map", "world_svg"]

WORLD = Path(__file__).resolve().parent.parent / "data" / "world" / "countries.json"


def _periods(first: str, last: str, by: str) -> list[str]:
    if by == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _ticks(periods: list[str], by: str) -> list[int]:
    if by == "year" or len(periods) <= 24:
        step = max(1, len(periods) // 12)
        return list(range(0, len(periods), step))
    starts = [i for i, p in enumerate(periods) if p.endswith("-01")] or [0]
    step = max(1, math.ceil(len(starts) / 12))
    return starts[::step]


def timeline_svg(result: dict[str, Any], width: int = 900) -> Markup:
    """Counts (bars) and mean Goldstein (dots joined by lines) per period, A->B and B->A."""
    a, b = result["actors"]
    rows = result["periods"]
    if not rows:
        return Markup("")
    periods = _periods(rows[0]["period"], rows[-1]["period"], result["by"])
    index = {p: i for i, p in enumerate(periods)}
    cell: dict[tuple[str, str], dict[str, Any]] = {(r["period"], r["source"]): r for r in rows}
    peak = max(r["events"] for r in rows)
    left, top, plot_w, count_h, gold_h, gap = 48, 16, width - 64, 150, 110, 40
    step = plot_w / len(periods)
    bar = min(max(step / 2 - 0.5, 0.6), 18.0)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {top + count_h + gap + gold_h + 34}" role="img" '
             f'aria-label="{escape(a)} and {escape(b)}: events and mean Goldstein per {escape(result["by"])}">']
    parts.append(f'<text class="axis" x="{left - 6}" y="{top + 4}" text-anchor="end">{peak}</text>'
                 f'<text class="axis" x="{left - 6}" y="{top + count_h}" text-anchor="end">0</text>'
                 f'<line class="rule" x1="{left}" x2="{left + plot_w}" y1="{top + count_h}" y2="{top + count_h}"/>')
    g0 = top + count_h + gap
    zero = g0 + gold_h / 2
    parts.append(f'<text class="axis" x="{left - 6}" y="{g0 + 4}" text-anchor="end">+10</text>'
                 f'<text class="axis" x="{left - 6}" y="{zero + 4}" text-anchor="end">0</text>'
                 f'<text class="axis" x="{left - 6}" y="{g0 + gold_h + 4}" text-anchor="end">-10</text>'
                 f'<line class="rule" x1="{left}" x2="{left + plot_w}" y1="{zero}" y2="{zero}"/>'
                 f'<text class="axis" x="{left}" y="{g0 - 6}">mean Goldstein</text>')
    for side, (src, dst) in enumerate(((a, b), (b, a))):
        points = []
        for period in periods:
            r = cell.get((period, src))
            if r is None:
                continue
            i = index[period]
            x = left + (i + 0.5) * step - bar + side * bar
            h = count_h * r["events"] / peak
            tip = escape(f"{period} {src}\u2192{dst}: {r['events']} events, mean Goldstein {r['goldstein']:+.2f}")
            parts.append(f'<rect class="bar d{side}" x="{x:.1f}" y="{top + count_h - h:.1f}" width="{bar:.1f}" '
                         f'height="{max(h, 0.5):.1f}"><title>{tip}</title></rect>')
            points.append((left + (i + 0.5) * step, zero - r["goldstein"] / 10 * gold_h / 2, tip))
        if len(points) > 1:
            parts.append(f'<polyline class="line d{side}" points="{" ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)}"/>')
        parts += [f'<circle class="dot d{side}" cx="{x:.1f}" cy="{y:.1f}" r="2.5"><title>{t}</title></circle>'
                  for x, y, t in points]
    for i in _ticks(periods, result["by"]):
        x = left + i * step
        parts.append(f'<text class="axis" x="{x:.1f}" y="{g0 + gold_h + 22}">{escape(periods[i])}</text>')
    parts.append(f'<rect class="key d0" x="{left + plot_w - 190}" y="2" width="10" height="10"/>'
                 f'<text class="axis" x="{left + plot_w - 176}" y="11">{escape(a)}\u2192{escape(b)}</text>'
                 f'<rect class="key d1" x="{left + plot_w - 95}" y="2" width="10" height="10"/>'
                 f'<text class="axis" x="{left + plot_w - 81}" y="11">{escape(b)}\u2192{escape(a)}</text>')
    return Markup("".join(parts) + "</svg>")


@lru_cache(maxsize=1)
def world_map() -> dict[str, Any]:
    """The shipped country outlines (see scripts/build_world_map.py for their source and licence)."""
    return json.loads(WORLD.read_text(encoding="utf-8"))


def world_svg(statuses: dict[str, str], entity: str | None = None) -> Markup:
    """Each country shaded by its status (a class); the entity itself marked."""
    world = world_map()
    parts = [f'<svg class="map" viewBox="{world["viewBox"]}" role="img" aria-label="world map of recognition">']
    for code, country in world["countries"].items():
        status = "entity" if code == entity else statuses.get(code, "none")
        label = escape(f"{country['name']}: {status}")
        parts.append(f'<path class="c s-{status.replace(" ", "-")}" data-code="{escape(code)}" '
                     f'd="{country["d"]}"><title>{label}</title></path>')
    return Markup("".join(parts) + "</svg>")


def _edge(p1: tuple[float, float], p2: tuple[float, float], r1: float, r2: float) -> str:
    """A curve from circle to circle bending to its right, so that A->B and B->A stay apart."""
    (x1, y1), (x2, y2) = p1, p2
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    sx, sy, ex, ey = x1 + ux * r1, y1 + uy * r1, x2 - ux * (r2 + 3), y2 - uy * (r2 + 3)
    bend = min(24.0, length / 6)
    cx, cy = (sx + ex) / 2 - uy * bend, (sy + ey) / 2 + ux * bend
    return f"M{sx:.1f},{sy:.1f}Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}"


def network_svg(graph: dict[str, Any], top: int = 30, size: int = 560) -> Markup:
    """The busiest ``top`` actors on a circle, an arrow for each pair (width: events; colour: Goldstein sign)."""
    weight: dict[str, int] = {}
    for e in graph["edges"]:
        weight[e["source"]] = weight.get(e["source"], 0) + e["events"]
        weight[e["target"]] = weight.get(e["target"], 0) + e["events"]
    nodes = sorted(weight, key=lambda n: (-weight[n], n))[:top]
    if not nodes:
        return Markup("")
    centre, radius = size / 2, size / 2 - 40
    at = {n: (centre + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
              centre + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2)) for i, n in enumerate(nodes)}
    r = {n: 4 + 8 * math.sqrt(weight[n] / weight[nodes[0]]) for n in nodes}
    edges = [e for e in graph["edges"] if e["source"] in at and e["target"] in at]
    peak = max((e["events"] for e in edges), default=1)
    parts = [f'<svg class="network" viewBox="0 0 {size} {size}" role="img" aria-label="relations network">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" '
             'markerUnits="userSpaceOnUse" orient="auto"><path class="arrow" d="M0,0L10,5L0,10z"/></marker></defs>']
    for e in edges:
        tone = "pos" if e["goldstein"] > 0 else "neg" if e["goldstein"] < 0 else "zero"
        tip = escape(f"{e['source']}\u2192{e['target']}: {e['events']} events, Goldstein {e['goldstein']:+.1f}")
        d = _edge(at[e["source"]], at[e["target"]], r[e["source"]], r[e["target"]])
        parts.append(f'<path class="edge {tone}" d="{d}" stroke-width="{0.8 + 4 * e["events"] / peak:.1f}" '
                     f'marker-end="url(#arrow)"><title>{tip}</title></path>')
    for n, (x, y) in at.items():
        parts.append(f'<g class="node"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r[n]:.1f}">'
                     f'<title>{escape(n)}: {weight[n]} events</title></circle>'
                     f'<text x="{x:.1f}" y="{y - r[n] - 4:.1f}" text-anchor="middle">{escape(n)}</text></g>')
    return Markup("".join(parts) + "</svg>")
