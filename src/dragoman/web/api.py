"""The JSON API under ``/api/v1``: one library call per question, the same the CLI makes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response, StreamingResponse

from ..analysis import PERIODS, Tracker, load_baseline, relations, timeline
from ..errors import StoreError
from ..export.stream import STREAM_FORMATS, stream
from ..lookup import codebook, find_actors, resolve_actor
from ..store import connect_readonly, count, document, documents, event, iter_events, page
from .params import ACTOR, EventQuery, Invalid, event_query

__all__ = ["answer", "board", "events_page", "router"]

router = APIRouter(tags=["api"])


def encode(content: Any) -> bytes:
    return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()


class Json(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return content if isinstance(content, bytes) else encode(content)


def kept_json(request: Request, work) -> Json:
    """The encoded answer to this very request (path and query), kept while the store is the same:
    a repeated question costs neither the query nor the encoding."""
    return Json(request.app.state.results.get(("body", request.url.path, request.url.query), lambda: encode(work())))


def _reader(request: Request):
    return request.app.state.reader


def answer(request: Request, question: tuple, work):
    """``work(conn)`` on a read-only connection, or the answer kept from last time the store was the same."""
    reader = _reader(request)

    def run():
        with reader.reading() as conn:
            return work(conn)
    return request.app.state.results.get(question, run)


def events_page(request: Request, q: EventQuery) -> dict[str, Any]:
    """A page of events as the API gives it (the events page shows the same)."""
    f = q.filters
    found = answer(request, ("page", f, q.reports), lambda conn: page(conn, f, reports=q.reports, total=False))
    total = answer(request, ("count", replace(f, after=None, limit=None), q.reports),
                    lambda conn: count(conn, f, reports=q.reports))
    nxt = None
    if found.cursor:
        nxt = str(request.url.include_query_params(cursor=found.cursor))
    return {"total": total, "count": len(found.records), "next_cursor": found.cursor, "next": nxt,
            "events": found.records}


@router.get("/events", response_class=Json, summary="Events matching filters, a page at a time")
def list_events(request: Request, q: EventQuery = Depends(event_query)):
    """Clustered events (or per-article reports) in date order: every CLI filter plus country, place,
    quad class and a Goldstein range. ``total`` counts every match; pass ``next_cursor`` as ``cursor``."""
    return kept_json(request, lambda: events_page(request, q))


@router.get("/events/download", summary="Download an events query as CSV, JSON Lines or Parquet")
def download_events(request: Request, q: EventQuery = Depends(event_query),
                    format: Literal["csv", "jsonl", "parquet"] = Query("csv", description="The file format."),
                    max_rows: int | None = Query(None, ge=1, description="At most this many rows (default: all).")):
    """Every event the query matches (``limit`` and ``cursor`` are ignored), streamed: the rows are read
    and written a few thousand at a time."""
    conn = connect_readonly(_reader(request).path)  # its own connection: a long download holds no pooled one
    filters = replace(q.filters, limit=max_rows, after=None)

    def body():
        try:
            yield from stream(iter_events(conn, filters, reports=q.reports), format, q.reports)
        finally:
            conn.close()

    name = f"dragoman-{'reports' if q.reports else 'events'}.{format}"
    return StreamingResponse(body(), media_type=STREAM_FORMATS[format],
                             headers={"content-disposition": f'attachment; filename="{name}"'})


@router.get("/events/{event_id}", response_class=Json, summary="One event with its reports, evidence and documents")
def one_event(request: Request, event_id: int = Path(..., ge=1, description="The clustered event's id.")):
    """The clustered event, each report whole (rule, date basis, evidence sentence with its offsets)
    and the documents that reported it."""
    with _reader(request).reading() as conn:
        return Json(event(conn, event_id))


@router.get("/timeline", response_class=Json, summary="A dyad's events both ways per month or year")
def dyad_timeline(request: Request, a: str = Query(..., pattern=ACTOR, description="One actor's primary code."),
                  b: str = Query(..., pattern=ACTOR, description="The other actor's primary code."),
                  by: Literal["month", "year"] = Query("month", description="The period each row counts."),
                  since: dt.date | None = Query(None), until: dt.date | None = Query(None),
                  reports: bool = Query(False, description="Per-article reports instead of clustered events.")):
    """Counts and mean Goldstein per period from A to B and from B to A."""
    assert by in PERIODS
    s, u = since and since.isoformat(), until and until.isoformat()
    return kept_json(request, lambda: answer(request, ("timeline", a.upper(), b.upper(), by, s, u, reports),
                                             lambda conn: timeline(conn, a, b, by, reports=reports, since=s, until=u)))


@router.get("/relations", response_class=Json, summary="The relations graph as of a date")
def relations_graph(request: Request, as_of: dt.date = Query(..., description="The last day of the window."),
                    window: int = Query(365, ge=1, le=36500, description="Days up to as_of."),
                    reports: bool = Query(False)):
    """Directed actor pairs with their event count and summed Goldstein in the window."""
    with _reader(request).reading() as conn:
        return Json(relations(conn, as_of.isoformat(), window, reports=reports))


def _tracker(request: Request, entity: str) -> Tracker:
    """The entity's recognition history, read once for each version of the store (a few kept)."""
    reader, state = _reader(request), request.app.state
    with state.lock:
        if not hasattr(state, "baseline"):
            state.baseline = load_baseline()
        key = (entity.strip().casefold(), reader.version() if reader.exists else None)
        tracker = state.trackers.get(key)
    if tracker is None:
        if reader.exists:
            with reader.reading() as conn:
                tracker = Tracker(conn, entity, state.baseline)
        else:
            tracker = Tracker(None, entity, state.baseline)
        with state.lock:
            if len(state.trackers) >= 32:
                state.bodies.pop(id(state.trackers.pop(next(iter(state.trackers)))), None)
            state.trackers[key] = tracker
    return tracker


def board(request: Request, entity: str, as_of: dt.date) -> dict[str, Any]:
    """The recognition board and its change history (the page shows the same)."""
    try:
        tracker = _tracker(request, entity)
    except StoreError as exc:
        if "entity" in str(exc):
            raise Invalid("entity", str(exc)) from None
        raise
    entries = tracker.board(as_of.isoformat())
    return {"entity": tracker.target.id, "as_of": as_of.isoformat(),
            "recognizing": sum(e["status"] == "recognizes" for e in entries), "board": entries,
            "history": tracker.changes()}


def board_json(request: Request, entity: str, as_of: dt.date) -> bytes:
    """:func:`board` encoded; the board's and the history's encodings are kept with the entity's
    history, by epoch (dates between two turning points share a board)."""
    result = board(request, entity, as_of)
    tracker = _tracker(request, entity)
    bodies = request.app.state.bodies.setdefault(id(tracker), {})
    key = tracker.epoch(as_of.isoformat())
    if key not in bodies:
        if len(bodies) > 64:  # a bound on what one entity keeps: the oldest board goes
            bodies.pop(next(k for k in bodies if k != "history"))
        bodies[key] = encode(result["board"])
    if "history" not in bodies:
        bodies["history"] = encode(result["history"])
    head = {k: result[k] for k in ("entity", "as_of", "recognizing")}
    return encode(head)[:-1] + b',"board":' + bodies[key] + b',"history":' + bodies["history"] + b"}"


@router.get("/recognition/{entity}", response_class=Json, summary="Who recognizes an entity as of a date")
def recognition_board(request: Request, entity: str = Path(..., max_length=60, description="AFG, TWN, PSE, XKX, ESH, TRNC, ABKHAZIA, SOUTH_OSSETIA, SOMALILAND or a state code."),
                      as_of: dt.date = Query(default_factory=dt.date.today, description="The day to report (default: today).")):
    """The board (recognizers first, each with its status, since and evidence) and every change of
    stance (who switched when, with the evidence)."""
    return Json(board_json(request, entity, as_of))


def _knowledge():
    from ..knowledge import default_knowledge

    return default_knowledge()


@router.get("/actors", response_class=Json, summary="Search the actors")
def actors(q: str | None = Query(None, max_length=100, description="Words of the id, name or aliases."),
           type: Literal["state", "igo", "group", "person"] | None = Query(None, description="Only this type."),
           country: str | None = Query(None, pattern=ACTOR, description="Only actors of this state or body."),
           limit: int = Query(100, ge=1, le=5000)):
    rows = find_actors(_knowledge(), q, type, country, limit=limit)
    return Json({"count": len(rows), "actors": rows})


@router.get("/actors/resolve", response_class=Json, summary="What a name denotes on a date")
def actors_resolve(text: str = Query(..., min_length=1, max_length=200),
                   date: dt.date = Query(default_factory=dt.date.today)):
    return Json({"text": text, "date": date.isoformat(), "actors": resolve_actor(text, date, _knowledge())})


@router.get("/codebook", response_class=Json, summary="The CAMEO codebook")
def cameo_codebook(root: str | None = Query(None, pattern=r"^\d{2}$", description="Only codes under this root.")):
    rows = [c for c in codebook() if root is None or c["root"] == root]
    return Json({"count": len(rows), "codes": rows})


@router.get("/documents", response_class=Json, summary="Stored documents (without their text)")
def list_documents(request: Request, search: str | None = Query(None, max_length=200, description="Words the text must hold."),
                   limit: int = Query(100, ge=1, le=1000)):
    if search is not None and not any(ch.isalnum() for ch in search):
        raise Invalid("search", "needs at least one word")
    with _reader(request).reading() as conn:
        rows = documents(conn, search, limit)
    return Json({"count": len(rows), "documents": rows})


@router.get("/documents/{doc_id}", response_class=Json, summary="One document with its text and reports")
def one_document(request: Request, doc_id: str = Path(..., max_length=200)):
    with _reader(request).reading() as conn:
        return Json(document(conn, doc_id))
