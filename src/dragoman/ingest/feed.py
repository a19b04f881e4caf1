"""RSS and Atom feed files: one Document per entry, with its link, title, date and text.

A feed that declares XML entities (``<!ENTITY``) is refused before it is parsed:
that is how entity-expansion bombs ("billion laughs") are built, and news feeds
have no need of them.  The entry's text is its full content when the feed has
it, else its summary, turned from HTML into plain text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import feedparser

from ..model import Document
from .htmltext import html_to_text
from .outcome import SourceError
from .text import document_from_text

__all__ = ["documents_from_feed", "looks_like_feed"]

_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)


def looks_like_feed(data: bytes) -> bool:
    """Whether the first kilobytes hold an RSS, Atom or RDF root element."""
    return bool(_FEED_ROOT.search(data[:4096]))


def documents_from_feed(data: bytes, source: str, published: dt.date | None = None
                        ) -> Iterator[Document | SourceError]:
    """One Document per entry (or a SourceError for an entry with no text); the raw bytes go to
    feedparser so that the feed's own encoding declaration is honoured."""
    if _ENTITY.search(data):
        raise SourceError(source, "declares XML entities (<!ENTITY ...>), which dragoman refuses to expand "
                                  "(a possible entity-expansion bomb); remove the DOCTYPE declarations",
                          "XML entity declarations")
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        problem = "is not an RSS or Atom feed" if not parsed.version else "is a feed with no entries"
        raise SourceError(source, f"{problem}; nothing to code", "no feed entries")
    for number, entry in enumerate(parsed.entries, 1):
        yield _entry_document(entry, f"{source}#{number}", published)


def _entry_document(entry: dict, where: str, published: dt.date | None) -> Document | SourceError:
    text = html_to_text(_entry_html(entry))
    if not text.strip():
        return SourceError(where, "is a feed entry with no text (no content or summary)", "no text")
    date = published or _entry_date(entry)
    doc = document_from_text(text, date, source=where, url=entry.get("link"), title=entry.get("title"),
                             author=entry.get("author"))
    if published is None and date is not None:
        doc.published_basis = "metadata"
    return doc


def _entry_html(entry: dict) -> str:
    """The entry's longest content block, else its summary."""
    contents = [c.get("value", "") for c in entry.get("content", [])]
    best = max(contents, key=len, default="")
    return best if len(best) >= len(entry.get("summary", "")) else entry.get("summary", "")


def _entry_date(entry: dict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None
