"""The pages: server-rendered HTML over the same calls as the JSON API (each page has a JSON twin)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..analysis import load_baseline, relations, timeline
from ..lookup import codebook
from ..store import Filters, document, documents, event, events
from .api import answer, board, events_page
from .params import ACTOR, EventQuery, Invalid, event_query
from .svg import network_svg, timeline_svg, world_svg

__all__ = ["highlight", "router"]

router = APIRouter(include_in_schema=False)
QUADS = {0: "neutral", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
ENTITIES = ("AFG", "PSE", "TWN", "XKX", "ESH", "TRNC", "ABKHAZIA", "SOUTH_OSSETIA", "SOMALILAND")


def _lookups(request: Request) -> dict[str, Any]:
    """Names for codes (states, CAMEO roots and codes), loaded once per app."""
    state = request.app.state
    if not hasattr(state, "lookups"):
        codes = codebook()
        roots = {c["root"]: c["label"].removesuffix(", not specified") for c in codes if c["code"] == c["root"] + "0"}
        state.lookups = {"states": load_baseline().states, "roots": roots,
                         "labels": {c["code"]: c["label"] for c in codes}, "quads": QUADS, "entities": ENTITIES}
    return state.lookups


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200):
    return request.app.state.templates.TemplateResponse(request, name, {**_lookups(request), **context},
                                                        status_code=status)


@router.get("/")
def home():
    return RedirectResponse("/events", status_code=303)


def _kept_page(request: Request, name: str, make_context) -> HTMLResponse:
    """The page for this very request (path and query), rendered once while the store is the same."""
    def render() -> str:
        template = request.app.state.templates.get_template(name)
        return template.render({"request": request, **_lookups(request), **make_context()})
    return HTMLResponse(request.app.state.results.get(("page", request.url.path, request.url.query), render))


@router.get("/events")
def events_list(request: Request, q: EventQuery = Depends(event_query)):
    def context() -> dict[str, Any]:
        limit = q.filters.limit if "limit" in request.query_params else 50
        result = events_page(request, replace(q, filters=replace(q.filters, limit=limit)))
        nxt = q.params(cursor=result["next_cursor"]) if result["next_cursor"] else None
        return {"q": q, "f": q.filters, "result": result, "next": nxt, "downloads": q.params(limit=None)}
    return _kept_page(request, "events.html", context)


def highlight(text: str, marks: list[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    """The text cut into (piece, class) runs: the marked spans (start, end, class) and what lies between.
    Overlapping spans keep the first class given."""
    runs: list[tuple[str, str | None]] = []
    at = 0
    for start, end, kind in sorted(marks, key=lambda m: (m[0], m[2] != "this", -m[1])):
        start, end = max(start, at), min(end, len(text))
        if end <= start:
            continue
        if start > at:
            runs.append((text[at:start], None))
        runs.append((text[start:end], kind))
        at = end
    if at < len(text):
        runs.append((text[at:], None))
    return runs


def _article(doc: dict[str, Any], reports: set[str]) -> list[tuple[str, str | None]]:
    marks = [(r["evidence"]["start"], r["evidence"]["end"], "this" if r["id"] in reports else "other")
             for r in doc["reports"] if r["evidence"].get("start") is not None]
    return highlight(doc["text"], marks)


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: int = Path(..., ge=1)):
    with request.app.state.reader.reading() as conn:
        record = event(conn, event_id)
        ids = {r["id"] for r in record["reports"]}
        articles = [{**d, "runs": _article(full, ids)} for d in record["documents"]
                    for full in [document(conn, d["id"])]]
    return _render(request, "event.html", {"e": record, "articles": articles})


@router.get("/documents")
def documents_page(request: Request, search: str | None = Query(None, max_length=200)):
    if search is not None and not any(ch.isalnum() for ch in search):
        raise Invalid("search", "needs at least one word")
    with request.app.state.reader.reading() as conn:
        rows = documents(conn, search, 200)
    return _render(request, "documents.html", {"rows": rows, "search": search or ""})


@router.get("/documents/{doc_id}")
def document_page(request: Request, doc_id: str = Path(..., max_length=200)):
    with request.app.state.reader.reading() as conn:
        doc = document(conn, doc_id)
    return _render(request, "document.html", {"d": doc, "runs": _article(doc, {r["id"] for r in doc["reports"]})})


@router.get("/timeline")
def timeline_page(request: Request, a: str = Query("RUS", pattern=ACTOR), b: str = Query("AFG", pattern=ACTOR),
                  by: str = Query("month", pattern="^(month|year)$"), since: dt.date | None = Query(None),
                  until: dt.date | None = Query(None)):
    s, u = since and since.isoformat(), until and until.isoformat()
    result = answer(request, ("timeline", a.upper(), b.upper(), by, s, u, False),
                    lambda conn: timeline(conn, a, b, by, since=s, until=u))
    listed = answer(request, ("dyad", a.upper(), b.upper(), s, u), lambda conn: [
        r for src, dst in ((a, b), (b, a)) for r in events(conn, Filters(source=src, target=dst, since=s, until=u, limit=100))])
    listed = sorted(listed, key=lambda r: (r["date"] or "", r["id"]))
    return _render(request, "timeline.html", {"a": a.upper(), "b": b.upper(), "by": by, "since": s or "",
                                              "until": u or "", "result": result, "chart": timeline_svg(result),
                                              "listed": listed})


def _steps(history: list[dict[str, Any]], as_of: str) -> dict[str, Any]:
    """The dates the board changes on, and the ones before and after ``as_of``."""
    dates = sorted({h["known"] for h in history})
    before = [d for d in dates if d < as_of]
    after = [d for d in dates if d > as_of]
    return {"dates": dates, "previous": before[-1] if before else None, "next": after[0] if after else None,
            "index": len(before) + (as_of in dates) - 1}


@router.get("/recognition")
def recognition_page(request: Request, entity: str = Query("AFG", max_length=60),
                     as_of: dt.date = Query(default_factory=dt.date.today)):
    result = board(request, entity, as_of)
    statuses = {r["primary"]: r["status"] for r in result["board"]}
    day = as_of.isoformat()
    shown = [h for h in result["history"] if h["known"] <= day][-250:] + \
        [h for h in result["history"] if h["known"] > day][:50]
    return _render(request, "recognition.html", {"r": result, "entity": entity, "as_of": day, "shown": shown,
                                                 "map": world_svg(statuses, result["entity"]),
                                                 "steps": _steps(result["history"], as_of.isoformat())})


@router.get("/relations")
def relations_page(request: Request, as_of: dt.date = Query(default_factory=dt.date.today),
                   window: int = Query(365, ge=1, le=36500)):
    with request.app.state.reader.reading() as conn:
        graph = relations(conn, as_of.isoformat(), window)
    edges = sorted(graph["edges"], key=lambda e: (-e["events"], e["source"], e["target"]))
    return _render(request, "relations.html", {"g": graph, "edges": edges[:300], "n_edges": len(edges),
                                               "as_of": as_of.isoformat(), "window": window,
                                               "network": network_svg(graph)})
