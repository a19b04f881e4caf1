"""RSS and Atom feed files: one Document per entry, with its link, title, date and text.

A feed that declares XML entities (``<!ENTITY``, in its bytes or in its text decoded
as UTF-8, UTF-16 or UTF-32) is refused before it is parsed:
that is how entity-expansion bombs ("billion laughs") are built, and news feeds
have no need of them.  The entry's text is its full content when the feed has
it, else its summary, turned from HTML into plain text.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator

from ..model import Document
from .htmltext import html_to_text
from .outcome import SourceError
from .text import document_from_text

__all__ = ["documents_from_feed", "looks_like_feed"]

_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ENTITY_TEXT = re.compile(r"<!\s*ENTITY", re.IGNORECASE)
_ENCODINGS = (("utf-32", (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")), ("utf-16", (b"\xff\xfe", b"\xfe\xff")),
              ("utf-32-le", (b"<\x00\x00\x00",)), ("utf-32-be", (b"\x00\x00\x00<",)),
              ("utf-16-le", (b"<\x00",)), ("utf-16-be", (b"\x00<",)))
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)


def _text(data: bytes) -> str:
    """The feed as text, in the encoding its first bytes show (UTF-16 and UTF-32 too), for the
    entity guard: a byte search misses ``<!ENTITY`` spelt in two or four bytes a character."""
    for encoding, marks in _ENCODINGS:
        if data.startswith(marks):
            return data.decode(encoding, "replace")
    return data.decode("utf-8", "replace")


def looks_like_feed(data: bytes) -> bool:
    """Whether the first kilobytes hold an RSS, Atom or RDF root element."""
    return bool(_FEED_ROOT.search(data[:4096]))


def documents_from_feed(data: bytes, source: str, published: dt.date | None = None
                        ) -> Iterator[Document | SourceError]:
    """One Document per entry (or a SourceError for an entry with no text); the raw bytes go to
    feedparser so that the feed's own encoding declaration is honoured."""
    if _ENTITY.search(data) or _ENTITY.search(data.replace(b"\x00", b"")) or _ENTITY_TEXT.search(_text(data)):
        raise SourceError(source, "declares XML entities (<!ENTITY ...>), which dragoman refuses to expand "
                                  "(a possible entity-expansion bomb); remove the DOCTYPE declarations",
                          "XML entity declarations")
    import feedparser  # imported here: reading text or JSONL never pays for it

    # a file object: feedparser opens a str or bytes that looks like a URL or a path (b"/dev/zero")
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        problem = "is not an RSS or Atom feed" if not parsed.version else "is a feed with no entries"
        raise SourceError(source, f"{problem}; nothing to code", "no feed entries")
    channel = parsed.feed.get("title") if isinstance(parsed.feed.get("title"), str) else None
    for number, entry in enumerate(parsed.entries, 1):
        yield _entry_document(entry, f"{source}#{number}", published, channel)


def _entry_document(entry: dict, where: str, published: dt.date | None,
                    channel: str | None = None) -> Document | SourceError:
    text = html_to_text(_entry_html(entry))
    if not text.strip():
        return SourceError(where, "is a feed entry with no text (no content or summary)", "no text")
    date = published or _entry_date(entry)
    doc = document_from_text(text, date, source=where, url=entry.get("link"), title=entry.get("title"),
                             author=entry.get("author"), publisher=channel or None)
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
