"""Ingest: turn sources into Documents — text, HTML, RSS/Atom feeds, JSON Lines, folders, .gz, stdin, URLs.

:func:`read_sources` is the one entry point.  It yields, for each document
found, either a :class:`~dragoman.model.Document` or an
:class:`~dragoman.errors.InputError` naming the file (and line or entry) and
the problem, so one bad file never stops a batch.  A :class:`SkippedInput`
(an InputError) is a document read but deliberately not coded (not English).
Notes that are not errors (a file decoded as Windows-1252, a document coded
only in part) go to the ``on_note`` callback.

Limits: :data:`MAX_BYTES` (16 MB) per file or document, refused unread;
:data:`MAX_CODED_CHARS` (1,000,000 characters) of body text coded per document.

Modules: readers (the entry point), load, decode, folder, text, boilerplate,
html, htmltext, feed, jsonl, language, finish, outcome, tally.
"""

from __future__ import annotations

from .decode import MAX_BYTES, decode
from .finish import MAX_CODED_CHARS
from .outcome import Note, SkippedInput, SourceError, reason_of
from .readers import read_sources
from .tally import Tally
from .text import document_from_text, normalized_id

__all__ = ["MAX_BYTES", "MAX_CODED_CHARS", "Note", "SkippedInput", "SourceError", "Tally", "decode",
           "document_from_text", "normalized_id", "read_sources", "reason_of"]
