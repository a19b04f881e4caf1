"""JSON Lines of documents: one ``{"id", "text", "published", "url", "title"}`` object a line.

The outlet that published a line is read from the first of :data:`PUBLISHER_KEYS` that holds a
string ("publisher", "outlet", "site_name", "media", then "source", as ACLED-style exports
name it); a list of strings is joined with "; " (several outlets).

A bad line is reported with its line number (``file.jsonl:3``) and the other
lines go on.  A document keeps the id it comes with.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from ..model import Document
from .outcome import SourceError
from .text import document_from_text

__all__ = ["PUBLISHER_KEYS", "documents_from_jsonl", "line_document", "publisher_of"]

PUBLISHER_KEYS = ("publisher", "outlet", "site_name", "media", "source")


def documents_from_jsonl(text: str, path: str, published: dt.date | None = None
                         ) -> Iterator[Document | SourceError]:
    """One Document per line, or a SourceError naming the line and what is wrong with it."""
    empty = True
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            empty = False
            yield line_document(line, f"{path}:{number}", published)
    if empty:
        yield SourceError(path, "file is empty (no JSON lines)", "empty file")


def line_document(line: str, where: str, published: dt.date | None) -> Document | SourceError:
    try:
        item = json.loads(line)
    except (ValueError, RecursionError) as exc:  # ValueError: bad JSON, or an integer of over 4,300 digits
        reason = (exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                  if isinstance(exc, RecursionError) else "a number too long to read")
        return SourceError(where, f"is not valid JSON ({reason}); each line must be one JSON object",
                           "not JSON")
    if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
        return SourceError(where, "needs an object with a non-empty \"text\"", "no text")
    try:
        date = published or _date(item.get("published"))
    except ValueError:
        return SourceError(where, f"has a \"published\" that is not a YYYY-MM-DD date: "
                                  f"{str(item.get('published'))[:40]!r}", "bad date")
    doc_id = str(item["id"]) if item.get("id") is not None else None
    return document_from_text(item["text"], date, doc_id=doc_id, source=where,
                              url=_str(item.get("url")), title=_str(item.get("title")),
                              publisher=publisher_of(item))


def publisher_of(item: dict) -> str | None:
    """The outlet's name: the first publisher key with a non-empty string (or list of strings)."""
    for key in PUBLISHER_KEYS:
        value = item.get(key)
        if isinstance(value, list):
            value = "; ".join(v.strip() for v in value if isinstance(v, str) and v.strip())
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    return dt.date.fromisoformat(str(value)[:10])


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
