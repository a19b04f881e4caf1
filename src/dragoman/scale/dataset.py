"""The Parquet dataset of a coded corpus: its layout, its columns, and one input shard written to it.

Layout under the dataset folder (local or any fsspec URL)::

    documents/month=YYYY-MM/part-<shard>.parquet   one row per document (the store's columns)
    events/month=YYYY-MM/part-<shard>.parquet      one row per report: the columns of
                                                   ``export --format parquet --reports``, then the
                                                   store's own (lo, hi, ids, location as JSON ...)
    _done/<shard>.json                             a shard's marker, written (atomically) after its files
    clusters/month=YYYY-MM/*.parquet, links/*.parquet   written by clustering (:mod:`.cluster`)

Months are the documents' publication months (``month=none`` for an undated one). Every
document and report carries ``seq``: its place in input order (the input's number, the
document's place in it, the report's place in the document), which orders them as a store
fed the same inputs would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from ..export.columns import REPORT_COLUMNS, flat
from ..model import Document, Event
from ..store.rows import EVENT_COLUMNS, event_row

__all__ = ["DOCUMENT_COLUMNS", "EXTRA_EVENT_COLUMNS", "document_schema", "document_seq", "event_schema",
           "shard_rows"]

DOCUMENT_COLUMNS = ("id", "ext_id", "url", "title", "published", "published_basis", "source", "publisher",
                    "body_start", "body_end", "text", "kb_version", "added", "n_events", "seq")
# the store's report columns that the export's lack (the export's location is a name, the store's JSON)
EXTRA_EVENT_COLUMNS = ("source_id", "target_id", "date_basis", "lo", "hi", "location_json",
                       "evidence_start", "evidence_end", "seq")
_DOC_INTS = {"body_start", "body_end", "n_events", "seq"}
_EVENT_INTS = {"evidence_start", "evidence_end", "seq"}
DOC_BITS, EVENT_BITS = 40, 12  # seq = shard << 40 | document << 12 | report


def document_seq(shard: int, number: int) -> int:
    return (shard << DOC_BITS) | (number << EVENT_BITS)


def document_schema():
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c in _DOC_INTS else pa.string()) for c in DOCUMENT_COLUMNS])


def event_schema():
    import pyarrow as pa

    # the export's columns, by name; dates stay as the store keeps them (text with their precision),
    # so that DuckDB answers exactly as SQLite does over the same rows
    def kind(name: str):
        if name in ("goldstein", "confidence"):
            return pa.float64()
        if name in ("cluster_id", "sentence", "quad_class", "mentions", "n_documents"):
            return pa.int64()
        return pa.string()
    extra = [(c, pa.int64() if c in _EVENT_INTS else pa.string()) for c in EXTRA_EVENT_COLUMNS]
    return pa.schema([pa.field(c, kind(c)) for c in REPORT_COLUMNS] + [pa.field(n, t) for n, t in extra])


def month_of(document: Document) -> str:
    return document.published.isoformat()[:7] if document.published else "none"


def _document_row(d: Document, ext_id: str | None, version: str | None, n_events: int, seq: int) -> dict:
    return {"id": d.id, "ext_id": ext_id, "url": d.url, "title": d.title,
            "published": d.published.isoformat() if d.published else None, "published_basis": d.published_basis,
            "source": d.source, "publisher": d.publisher, "body_start": d.body_start, "body_end": d.body_end, "text": d.text,
            "kb_version": version, "added": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "n_events": n_events, "seq": seq}


def _event_rows(d: Document, events: list[Event], seq: int) -> list[dict[str, Any]]:
    """The reports as the store keeps them (one per id, as :func:`dragoman.store.ingest` does)."""
    kept = {e.id: (e, event_row(e, d.id)) for e in events}
    rows = []
    for n, (e, stored) in enumerate(kept.values()):
        store = dict(zip(EVENT_COLUMNS, stored))
        row = flat({**e.to_dict(), "cluster_id": None, "doc_id": d.id}, True)
        row.update({c: store[c] for c in EXTRA_EVENT_COLUMNS if c in store},
                   location_json=store["location"], seq=seq + n)
        rows.append(row)
    return rows


def shard_rows(coded: Iterable[tuple[Document, str | None, list[Event]]], shard: int,
               version: str | None) -> dict[str, tuple[list[dict], list[dict]]]:
    """Document and report rows by month for one shard's coded documents (already under their
    store keys), numbered in input order."""
    months: dict[str, tuple[list[dict], list[dict]]] = {}
    for number, (document, ext_id, events) in enumerate(coded):
        seq = document_seq(shard, number)
        docs, reports = months.setdefault(month_of(document), ([], []))
        docs.append(_document_row(document, ext_id, version, len(events), seq))
        reports.extend(_event_rows(document, events, seq))
    return months


def keyed(document: Document) -> tuple[Document, str | None]:
    """The document under its store key (the hash of its normalised text) and its own id if different."""
    from ..ingest.text import normalized_id

    key = normalized_id(document.text)
    return dataclasses.replace(document, id=key), (document.id if document.id != key else None)


def marker(info: dict[str, Any]) -> bytes:
    return json.dumps(info, sort_keys=True).encode("utf-8")
