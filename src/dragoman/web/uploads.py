"""Ingest from the browser: upload files or paste text, coded and stored. Only with ``--allow-ingest``
and a token; the app leaves these routes out otherwise."""

from __future__ import annotations

import datetime as dt
import hmac
import re
import tempfile
from pathlib import Path

from fastapi import APIRouter, File, Form, Request, UploadFile

from ..errors import InputError
from ..ingest import document_from_text, read_sources
from ..store import connect, ingest

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".rss", ".atom", ".xml", ".gz")


def _coder():
    from ..coder import code_document, context
    from ..knowledge import default_knowledge

    knowledge = default_knowledge()
    ctx = context(knowledge)
    return (lambda document: code_document(document, ctx).events), knowledge.version


def _render(request: Request, context: dict, status: int = 200):
    return request.app.state.templates.TemplateResponse(request, "ingest.html", context, status_code=status)


@router.get("/ingest")
def ingest_form(request: Request):
    return _render(request, {"summary": None, "errors": []})


def _safe_name(name: str, n: int) -> str:
    """A file name of our own that keeps only a known suffix of the uploaded one."""
    suffixes = "".join(s for s in Path(name or "").suffixes[-2:] if s.lower() in SUFFIXES)
    return f"upload-{n}{re.sub(r'[^.a-z]', '', suffixes.lower()) or '.txt'}"


async def _items(files: list[UploadFile], text: str, published: dt.date | None, folder: Path) -> list:
    paths = []
    for n, upload in enumerate(files):
        if not upload.filename:
            continue
        path = folder / _safe_name(upload.filename, n)
        path.write_bytes(await upload.read())
        paths.append(path)
    items = list(read_sources(paths, published)) if paths else []
    if text.strip():
        items.append(document_from_text(text, published))
    return items


@router.post("/ingest")
async def ingest_upload(request: Request, token: str = Form(""), text: str = Form(""),
                        published: str = Form(""), files: list[UploadFile] = File(default=[])):
    settings = request.app.state.settings
    if not hmac.compare_digest(token.encode(), (settings.token or "").encode()):
        return _render(request, {"summary": None, "errors": ["wrong token"]}, status=403)
    try:
        day = dt.date.fromisoformat(published) if published.strip() else None
    except ValueError:
        return _render(request, {"summary": None, "errors": [f"published: {published!r} is not a YYYY-MM-DD date"]}, 422)
    with tempfile.TemporaryDirectory(prefix="dragoman-upload-") as tmp:
        items = await _items(files, text, day, Path(tmp))
    if not items:
        return _render(request, {"summary": None, "errors": ["nothing to ingest: upload a file or paste a text"]}, 422)
    code, version = _coder()
    from starlette.concurrency import run_in_threadpool

    def store():
        conn = connect(settings.db)
        try:
            return ingest(conn, items, code, version)
        finally:
            conn.close()

    summary = await run_in_threadpool(store)
    errors = [str(i) for i in items if isinstance(i, InputError)] + summary.errors + summary.skips
    return _render(request, {"summary": str(summary), "errors": errors})
