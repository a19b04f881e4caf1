"""The ASGI app: settings, the read-only store, error handling, and the routers put together."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__
from ..errors import DragomanError, NotFoundError
from .guard import Guard, RateLimiter
from .params import Invalid
from .store import Reader, Results

__all__ = ["Settings", "create_app"]

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Settings:
    """How the server runs: the store, and what it lets clients do."""

    db: str = "dragoman.db"
    allow_ingest: bool = False
    token: str | None = None  # required to ingest
    rate: float = 50.0  # requests a second per client (0: no limit)
    burst: float = 200.0
    max_body: int = 5 * 2**20  # bytes a request may send (uploads)
    connections: int = 8
    cache: int = 512  # answers kept (events pages, totals, timelines); 0: none


def _web_url(value: object) -> bool:
    """Only http(s) links are made links (a stored ``javascript:`` URL stays text)."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str, parameters: list[dict] | None = None):
    if _wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message,
                                                                  "parameters": parameters or []},
                                          status_code=status)
    body = {"error": {"status": status, "message": message, **({"parameters": parameters} if parameters else {})}}
    return JSONResponse(body, status_code=status)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        problems = [{"name": str(e["loc"][-1]) if e.get("loc") else "?", "in": e["loc"][0] if e.get("loc") else "?",
                     "problem": e["msg"]} for e in exc.errors()]
        message = "; ".join(f"{p['name']}: {p['problem']}" for p in problems)
        return _error(request, 422, f"bad parameter: {message}", problems)

    @app.exception_handler(Invalid)
    async def invalid_value(request: Request, exc: Invalid):
        return _error(request, 422, f"bad parameter: {exc}", [{"name": exc.parameter, "in": "query",
                                                               "problem": exc.message}])

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError):
        return _error(request, 404, str(exc))

    @app.exception_handler(DragomanError)
    async def dragoman_error(request: Request, exc: DragomanError):
        unavailable = any(w in str(exc) for w in ("no store", "schema version", "is busy"))
        return _error(request, 503 if unavailable else 400, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return _error(request, exc.status_code, str(exc.detail))


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app over ``settings.db``, opened read-only; ingest routes only with ``allow_ingest`` and a token."""
    from fastapi.templating import Jinja2Templates
    from jinja2 import Environment, FileSystemLoader

    from . import api, docs, pages, uploads

    settings = settings or Settings()
    if settings.allow_ingest and not settings.token:
        raise DragomanError("ingest needs a token: pass --token or set DRAGOMAN_TOKEN")
    app = FastAPI(title="dragoman", version=__version__, openapi_url="/api/v1/openapi.json", docs_url=None,
                  redoc_url=None, description="The event record: clustered CAMEO events with their evidence, "
                  "dyad timelines, relations and recognition as of a date. Read-only.")
    app.state.settings = settings
    app.state.reader = Reader(settings.db, settings.connections)
    app.state.lock, app.state.trackers = threading.Lock(), {}  # recognition histories by entity and store version
    app.state.bodies = {}  # encoded boards by tracker and epoch (see api.board_json)
    app.state.results = Results(app.state.reader, settings.cache)
    app.state.templates = Jinja2Templates(env=Environment(loader=FileSystemLoader(HERE / "templates"),
                                                          autoescape=True))
    app.state.templates.env.globals["allow_ingest"] = settings.allow_ingest
    app.state.templates.env.tests["web_url"] = _web_url
    _handlers(app)
    app.include_router(api.router, prefix="/api/v1")
    app.include_router(docs.router)
    app.include_router(pages.router)
    if settings.allow_ingest:
        app.include_router(uploads.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return HTMLResponse(status_code=204)

    app.add_middleware(Guard, max_body=settings.max_body, limiter=RateLimiter(settings.rate, settings.burst))
    return app


def app_from_environment() -> FastAPI:
    """The app for ``dragoman serve``'s server processes: settings from DRAGOMAN_WEB_SETTINGS (JSON)."""
    import json
    import os

    return create_app(Settings(**json.loads(os.environ.get("DRAGOMAN_WEB_SETTINGS", "{}"))))
