"""Plain text articles: header lines (date line, title, byline) and the body."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from ..model import Document
from ..timex import header_date

__all__ = ["document_from_text", "normalized_id"]

_BYLINE = re.compile(r"^\s*by(\s|$)", re.IGNORECASE)
_HEADER_LINES = 8


def normalized_id(text: str) -> str:
    """A stable id from the text with case and spacing folded (the same article twice -> one id)."""
    folded = " ".join(text.lower().split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]


def document_from_text(text: str, published: dt.date | None = None, doc_id: str | None = None,
                       source: str | None = None, url: str | None = None,
                       title: str | None = None) -> Document:
    """A Document from raw text; the header's date line gives the date when none is passed."""
    lines = text.splitlines(keepends=True)
    head = [line.strip() for line in lines[:_HEADER_LINES]]
    basis = "given" if published else "none"
    body_line = 0
    found = header_date(head)
    if found is not None:
        if published is None:
            published, basis = found[0], "header"
        body_line = found[1] + 1
    byline = next((i for i, line in enumerate(head) if _BYLINE.match(line)), None)
    if byline is not None and byline < 6:
        if title is None:
            candidates = [h for h in head[body_line:byline] if h]
            title = max(candidates, key=len) if candidates else None
        body_line = byline + 1
    body_start = sum(len(line) for line in lines[:body_line])
    return Document(id=doc_id or normalized_id(text), text=text, published=published,
                    published_basis=basis, title=title, url=url, source=source, body_start=body_start)
