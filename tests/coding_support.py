"""Helpers for the per-code construction tests (cover4, cover5, cover6): code one sentence and
look for an event by agent-code prefixes."""

from __future__ import annotations

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text

PUBLISHED = dt.date(2025, 3, 12)


def agent_codes(ctx, text: str) -> set[tuple[str, str, str]]:
    """(source agent code, target agent code, full CAMEO code) of every event coded in ``text``."""
    doc = code_document(document_from_text(text, PUBLISHED), ctx)
    return {(e.source.code, e.target.code, e.code) for e in doc.events}


def has_event(coded, source: str, target: str, code: str) -> bool:
    """Whether ``coded`` holds ``code`` between agent codes starting with ``source`` and ``target``."""
    return any(s.startswith(source) and t.startswith(target) and c == code for s, t, c in coded)
