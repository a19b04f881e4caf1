"""HTML pages: the main text and its metadata, by trafilatura, with htmldate for the date.

The cascade, top to bottom:

1. A page of over :data:`MAX_EXTRACT_CHARS` characters of markup (2,000,000) is
   read with the standard library's tag stripper (:mod:`.htmltext`) instead, with a
   note: trafilatura's time grows faster than the page (2 MB: ~5 s; 15 MB: minutes).
   Else parse with lxml (no ``huge_tree``).  A page nested deeper than libxml2's
   limit (256 levels) would be cut off there, so such a page is read with the
   tag stripper too, and a note says so.
2. trafilatura extracts the main text (scripts, styles, ``<nav>`` and other
   navigation, comments dropped) and the metadata: title, author, date, canonical URL.
3. If trafilatura finds no main text, the tag stripper's text is used.
4. The text goes through :func:`~.text.document_from_text` like a text file, so
   a date header, title line, byline and footer are handled the same way.
5. The date: the given one, else the page's date header line, else the page
   metadata (trafilatura), else htmldate's search of the page.

trafilatura and htmldate are given parsed trees only, never the markup as a
string, which they would fetch if it looked like a URL.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import htmldate
import lxml.html
import trafilatura
from lxml import etree

from ..model import Document
from .htmltext import html_to_text
from .outcome import Note
from .text import document_from_text

__all__ = ["MAX_EXTRACT_CHARS", "document_from_html"]

MAX_EXTRACT_CHARS = 2_000_000

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not allowed in HTML, and lxml refuses them


def document_from_html(markup: str, source: str, published: dt.date | None = None,
                       on_note: Callable[[Note], None] | None = None) -> Document:
    """A Document from an HTML page's main text; its ``text`` is that extracted text."""
    markup = _CONTROL.sub("", markup)
    if len(markup) > MAX_EXTRACT_CHARS:
        _tell(on_note, source, f"is {len(markup):,} characters of HTML, over the {MAX_EXTRACT_CHARS:,} that "
                               "main-text extraction takes; read with a plain tag stripper instead (no metadata)")
        return document_from_text(html_to_text(markup), published, source=source)
    tree = _parse(markup)
    if tree is None:
        _tell(on_note, source, "is nested deeper than 256 levels or too broken for lxml; read with a "
                               "plain tag stripper instead (no metadata)")
        return document_from_text(html_to_text(markup), published, source=source)
    result = trafilatura.bare_extraction(tree, fast=True, with_metadata=True, include_comments=False,
                                         include_images=False, include_links=False, prune_xpath="//nav")
    text = (result.text or "") if result is not None else ""
    if not text.strip():
        text = html_to_text(markup)
    doc = document_from_text(text, published, source=source, url=getattr(result, "url", None),
                             title=getattr(result, "title", None), author=getattr(result, "author", None),
                             publisher=getattr(result, "sitename", None) or None)
    if doc.published is None:
        doc.published = _iso(getattr(result, "date", None)) or _htmldate(markup)
        doc.published_basis = "metadata" if doc.published else "none"
    return doc


def _parse(markup: str) -> lxml.html.HtmlElement | None:
    """The lxml tree, or None when the page is too deeply nested (or broken) for libxml2 to keep whole."""
    parser = lxml.html.HTMLParser(collect_ids=False, remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1), parser=parser)
    except (etree.LxmlError, ValueError):
        return None
    if any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT or "depth" in e.message.lower()
           for e in parser.error_log):
        return None
    return tree


def _htmldate(markup: str) -> dt.date | None:
    """htmldate's reading of the page's date (metadata, URL, visible dates), or None.

    htmldate gets a parsed tree, never the string: a page whose content is a bare URL would
    be fetched by it (and a file name read)."""
    tree = _parse(markup)
    if tree is None:
        return None
    return _iso(htmldate.find_date(tree, extensive_search=False, original_date=True))


def _iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _tell(on_note: Callable[[Note], None] | None, source: str, message: str) -> None:
    if on_note is not None:
        on_note(Note(source, message))
