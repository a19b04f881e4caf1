"""Plain text articles: header lines (date line, title, byline), the body, and the footer.

The header (a date line, a title, a "By ..." line, within the first 8 lines) is
skipped by setting ``body_start``; with no date given and none in the header, a
wire dateline opening the body gives it (``published_basis`` "dateline"); the footer after the body (comments, share
prompts, an author bio, copyright; see :mod:`.boilerplate`) by ``body_end``.
Neither is coded, and both stay in ``text`` so evidence offsets are the file's (after
:func:`clean_text`: composed characters, no invisible ones).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from ..model import Document
from ..timex import dateline_date, header_date
from .boilerplate import body_end

__all__ = ["PUBLISHER_LENGTH", "clean_text", "document_from_text", "normalized_id", "scrub"]

_BYLINE = re.compile(r"^\s*by(?:\s+|$)", re.IGNORECASE)
_AUTHOR_END = re.compile(r"\s*(?:[,|•·]|\s[-–—]\s|\s(?:and|in|for)\s|$)")
_HEADER_LINES = 8
PUBLISHER_LENGTH = 300  # the most characters of an outlet's name kept (a feed title may be a paragraph)


# zero-width space, word joiner, byte-order mark, soft hyphen: invisible, and they split names
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))
# zero-width (non-)joiners between two letters ("con\u200ddemned"); elsewhere (emoji) they are kept
_JOINER_IN_WORD = re.compile(r"(?<=[^\W\d_])[\u200c\u200d]+(?=[^\W\d_])")
_SURROGATE = re.compile("[\ud800-\udfff]")  # a lone surrogate (from JSON "\\ud800") is no character


def clean_text(text: str) -> str:
    """Text as the coder reads it: Unicode NFC (an "é" typed as "e" and a combining accent is
    one character) and no invisible characters inside words.

    >>> clean_text("Mac\u200bron met Erdog\u0306an") == "Macron met Erdo\u011fan"
    True
    """
    if text.isascii():
        return text
    text = _SURROGATE.sub("\ufffd", text)
    if "\u200c" in text or "\u200d" in text:  # the joiner pattern tests a lookbehind at every character
        text = _JOINER_IN_WORD.sub("", text)
    if any(chr(c) in text for c in _INVISIBLE):  # translating copies the text character by character
        text = text.translate(_INVISIBLE)
    return unicodedata.normalize("NFC", text)


def scrub(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD, so that it can be encoded, stored and printed."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def normalized_id(text: str) -> str:
    """A stable id from the text with case and spacing folded (the same article twice -> one id)."""
    folded = " ".join(text.lower().split())
    return hashlib.sha1(folded.encode("utf-8", "replace")).hexdigest()[:16]


def document_from_text(text: str, published: dt.date | None = None, doc_id: str | None = None,
                       source: str | None = None, url: str | None = None,
                       title: str | None = None, author: str | None = None,
                       publisher: str | None = None) -> Document:
    """A Document from raw text; the header's date line gives the date when none is passed.

    ``title`` and ``author``, when the source knows them (an HTML page's metadata),
    help find the header line that repeats the title and the author's bio at the end;
    ``publisher`` is the outlet's name (``knowledge.publishers`` reads its home state), its white
    space folded and cut to :data:`PUBLISHER_LENGTH` characters; empty, it is None.
    """
    text = clean_text(text)
    doc_id, source, url, title, author, publisher = (scrub(v) if v is not None else None
                                                     for v in (doc_id, source, url, title, author, publisher))
    if publisher is not None:
        publisher = " ".join(publisher.split())[:PUBLISHER_LENGTH] or None
    lines = text.splitlines(keepends=True)
    head = [line.strip() for line in lines[:_HEADER_LINES]]
    basis = "given" if published else "none"
    found = header_date(head)
    dateline = found is not None and dateline_date(head[found[1]], None) is not None
    body_line = found[1] + 1 if found is not None and not dateline else 0  # a dateline opens the body
    if found is not None and published is None:
        published, basis = found[0], "dateline" if dateline else "header"
    byline = next((i for i, line in enumerate(head) if _BYLINE.match(line)), None)
    if byline is not None and byline < 6:
        if title is None:
            candidates = [h for h in head[body_line:byline] if h]
            title = max(candidates, key=len) if candidates else None
        author = author or _author(head[byline])
        body_line = max(body_line, byline + 1)
    body_line = max(body_line, _title_line(head, title, body_line))
    body_start = sum(len(line) for line in lines[:body_line])
    if published is None:
        published = _from_dateline(text[body_start:body_start + 200])
        basis = "dateline" if published else basis
    return Document(id=doc_id or normalized_id(text), text=text, published=published,
                    published_basis=basis, title=title, url=url, source=source, body_start=body_start,
                    body_end=body_end(text, body_start, author), publisher=publisher)


def _from_dateline(start: str, today: dt.date | None = None) -> dt.date | None:
    """The date of a wire dateline that opens the body ("KABUL, July 4 (Reuters) -"). With no year
    in it, the most recent such day up to today is assumed."""
    today = today or dt.date.today()
    line = start.lstrip().split("\n", 1)[0]
    found = dateline_date(line, today.year)
    if found is not None and found > today:
        found = dateline_date(line, today.year - 1)
    return found


def _author(byline: str) -> str | None:
    """The name in a "By ..." line: "By Ann Writer, Reuters" -> "Ann Writer"."""
    rest = _BYLINE.sub("", byline, count=1)
    name = rest[:_AUTHOR_END.search(rest).start()].strip()
    return name or None


def _title_line(head: list[str], title: str | None, after: int) -> int:
    """The line after a header line that repeats ``title`` (within 3 lines of ``after``), else 0."""
    if not title:
        return 0
    folded = " ".join(title.split()).casefold()
    for i in range(after, min(after + 3, len(head))):
        if head[i] and " ".join(head[i].split()).casefold() == folded:
            return i + 1
    return 0
