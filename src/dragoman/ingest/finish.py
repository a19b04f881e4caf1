"""Last checks on every Document read, whatever its source.

1. It must have body text (between ``body_start`` and ``body_end``): else it fails.
2. It must look English (:mod:`.language`): else it is skipped, not mis-coded.
3. Its body is coded up to :data:`MAX_CODED_CHARS` characters (1,000,000, about
   150,000 words): the rest stays in the text but is not coded, and a note says
   so.  This bounds coding time: a 10 MB article is coded in seconds, where the
   whole of it would take minutes (and a single run-on "sentence" of that size,
   far longer).
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Document
from .language import guess_english
from .outcome import Note, SkippedInput, SourceError

__all__ = ["MAX_CODED_CHARS", "finish"]

MAX_CODED_CHARS = 1_000_000


def finish(doc: Document, on_note: Callable[[Note], None] | None = None) -> Document | SourceError:
    """The document ready to code, or the reason it is not coded."""
    source = doc.source or doc.id
    end = len(doc.text) if doc.body_end is None else doc.body_end
    body = doc.text[doc.body_start:min(end, doc.body_start + MAX_CODED_CHARS)]
    if not any(ch.isalnum() for ch in body):
        return SourceError(source, "has no text to code (only markup, header or footer lines); "
                                   "check that it is an article", "no text")
    language = guess_english(body)
    if not language.english:
        return SkippedInput(source, f"is not in English ({language.reason}); dragoman codes English "
                                    "news only, so it was skipped", "not English")
    if end - doc.body_start > MAX_CODED_CHARS:
        doc.body_end = _cut(doc.text, doc.body_start + MAX_CODED_CHARS, doc.body_start)
        if on_note is not None:
            on_note(Note(source, f"has {end - doc.body_start:,} characters of text; only the first "
                                 f"{MAX_CODED_CHARS:,} are coded (the limit per document); split it "
                                 "to code the rest"))
    return doc


def _cut(text: str, limit: int, start: int) -> int:
    """The last line break (else space) before ``limit``, so no word or sentence is cut in two."""
    for mark in ("\n", ". ", " "):
        at = text.rfind(mark, start, limit)
        if at > start:
            return at + len(mark.rstrip(" ")) if mark == ". " else at
    return limit
