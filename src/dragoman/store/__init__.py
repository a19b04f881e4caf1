"""The record: documents and events over time in one SQLite file.

>>> from dragoman.store import connect, events, Filters
>>> conn = connect(":memory:")            # or connect("dragoman.db")
>>> events(conn, Filters(actor="AFG", since="2025-01-01"))
[]

``ingest`` codes and stores documents (idempotent, in transactions),
``recode`` re-codes them when the knowledge changes, ``events`` and ``count``
read clustered events or per-article reports back. The store takes Event
records and never imports the pipeline stages.
"""

from .browse import Page, decode_cursor, document, encode_cursor, event, iter_events, page
from .cluster import WINDOW, compatible
from .db import DEFAULT_PATH, connect, connect_readonly, transaction
from .failures import Failure, recent
from .health import check, open_store, quick_check
from .ingest import Coder, IngestSummary, ingest, recode, stale
from .queries import Filters, count, documents, events
from .schema import LATEST, migrate, version

__all__ = ["DEFAULT_PATH", "LATEST", "WINDOW", "Coder", "Failure", "Filters", "IngestSummary", "Page", "check",
           "compatible", "connect", "connect_readonly", "count", "decode_cursor", "document", "documents",
           "encode_cursor", "event", "events", "ingest", "iter_events", "migrate", "open_store", "page",
           "quick_check", "recent", "recode", "stale", "transaction", "version"]
