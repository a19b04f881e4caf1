"""The coder: text in, events out. ``code()`` is the public entry point."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .ingest.text import document_from_text
from .knowledge import Knowledge, default_knowledge
from .model import Doc, Document, Event
from .pipeline import DEFAULT_STAGES, Context, registered, run

__all__ = ["code", "code_document", "context"]


def context(knowledge: Knowledge | None = None, keep_all: bool = False) -> Context:
    k = knowledge or default_knowledge()
    registered()  # the stages are imported (compiled, where no bytecode is kept) here, not inside the first document
    k.lexicon.needs()  # and the lexicon's index of needed words is built
    return Context(kb=k.kb, lexicon=k.lexicon, codebook=k.codebook, roles=k.roles,
                   governors=k.governors, gazetteer=k.gazetteer, composition=k.composition, subcodes=k.subcodes,
                   learned=k.learned, publishers=k.publishers,
                   keep_all=keep_all)


def code_document(document: Document, ctx: Context | None = None,
                  timings: dict[str, float] | None = None) -> Doc:
    """Run the full pipeline over one document; returns the Doc with all its layers."""
    return run(Doc(document), ctx or context(), DEFAULT_STAGES, timings)


def code(text: str, published: dt.date | str | None = None, *, doc_id: str | None = None,
         keep_all: bool = False, kb_files: tuple[Path, ...] = (), url: str | None = None,
         publisher: str | None = None) -> list[Event]:
    """Code ``text`` into events, resolving dates against ``published``.

    >>> events = code("Sweden recognised Palestine on Thursday.", published="2014-10-31")
    >>> [(e.source.primary, e.code, e.target.primary, e.date) for e in events]
    [('SWE', '054', 'PSE', '2014-10-30')]

    Negated and hypothetical acts are dropped unless ``keep_all`` is set, in which
    case they are returned with their ``polarity`` and ``modality``. ``url`` and ``publisher`` (the
    outlet's name) give the report's last fallback state, as an input's do (``docs/ingest.md``).
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    document = document_from_text(text, published, doc_id=doc_id, url=url, publisher=publisher)
    ctx = context(default_knowledge(tuple(kb_files)), keep_all=keep_all)
    return code_document(document, ctx).events
