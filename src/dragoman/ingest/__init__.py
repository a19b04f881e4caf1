"""Ingest: turn sources (text files, JSON Lines of documents, stdin) into Documents.

:func:`read_sources` yields, for each document found, either a
:class:`~dragoman.model.Document` or an :class:`~dragoman.errors.InputError`
naming the file (and line) and the problem, so one bad file never stops a
batch.
"""

from __future__ import annotations

from .readers import MAX_BYTES, decode, read_sources
from .text import document_from_text, normalized_id

__all__ = ["MAX_BYTES", "decode", "document_from_text", "normalized_id", "read_sources"]
