"""The store's schema as numbered migrations, applied in order and recorded in ``user_version``.

A database made by an older dragoman is upgraded in place when it is opened:
each migration runs in its own transaction, so a failed upgrade leaves the
database at the last version that completed.

    1  documents and per-article event reports
    2  clustered events (one record per real event), reports linked to them
    3  full-text search over document text and evidence sentences
    4  where a document's body ends (``body_end``: a footer is not coded on recode)
    5  evidence sentences stored and indexed once per document, however many reports cite them
    6  each report keeps its evidence sentence's integer id (text search joins on integers), the
       dyad index covers a timeline over reports, and new rows are added to the search indexes
       by the store once per batch (an insert trigger per row cost seven times as much)
    7  reports indexed by target and code, and by target id and code: the recognition tracker
       finds an entity's recognitions and breaks without reading every report; clustered events
       by source and date (one side's events in date order without sorting them all), and
       covering indexes by side, root and date and by code and date (a filtered total is counted
       from an index alone)
    8  failures: each document that could not be read, coded, clustered or written, and why
    9  the outlet that published a document (``publisher``: its home state is read on recode too)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..errors import StoreError

__all__ = ["LATEST", "MIGRATIONS", "migrate", "version"]

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, ext_id TEXT, url TEXT, title TEXT, published TEXT,
    published_basis TEXT, source TEXT, body_start INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL, kb_version TEXT, added TEXT NOT NULL, n_events INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE events (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence INTEGER,
    source_id TEXT, source_primary TEXT, source_code TEXT, source_name TEXT, source_mention TEXT,
    target_id TEXT, target_primary TEXT, target_code TEXT, target_name TEXT, target_mention TEXT,
    code TEXT NOT NULL, root TEXT NOT NULL, label TEXT, quad_class INTEGER, goldstein REAL, plover TEXT,
    date TEXT, date_precision TEXT, date_basis TEXT, lo TEXT, hi TEXT, location TEXT,
    polarity TEXT, modality TEXT, evidence_text TEXT, evidence_start INTEGER, evidence_end INTEGER,
    trigger TEXT, rule TEXT, confidence REAL
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_dyad ON events(source_primary, target_primary, lo);
CREATE INDEX events_lo ON events(lo);
CREATE INDEX events_code ON events(code, lo);
"""

_V2 = """
CREATE TABLE clusters (
    id INTEGER PRIMARY KEY, source_primary TEXT, target_primary TEXT, root TEXT NOT NULL,
    code TEXT NOT NULL, date TEXT, date_precision TEXT, lo TEXT, hi TEXT, rep_event TEXT,
    mentions INTEGER NOT NULL DEFAULT 0, n_documents INTEGER NOT NULL DEFAULT 0,
    first_report TEXT, last_report TEXT, goldstein REAL, quad_class INTEGER
);
ALTER TABLE events ADD COLUMN cluster_id INTEGER REFERENCES clusters(id);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX clusters_dyad ON clusters(source_primary, target_primary, lo, hi, goldstein, root, code);
CREATE INDEX clusters_target ON clusters(target_primary, lo);
CREATE INDEX clusters_lo ON clusters(lo);
CREATE INDEX clusters_root ON clusters(root, lo);
CREATE INDEX clusters_code ON clusters(code, lo);
"""

_V3 = """
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', detail=none);
CREATE VIRTUAL TABLE evidence_fts USING fts5(evidence_text, content='events', content_rowid='rowid', detail=none);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
  INSERT INTO evidence_fts(rowid, evidence_text) VALUES (new.rowid, new.evidence_text);
END;
CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, evidence_text) VALUES ('delete', old.rowid, old.evidence_text);
END;
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild');
"""

_V4 = """
ALTER TABLE documents ADD COLUMN body_end INTEGER;
"""

_V5 = """
DROP TRIGGER events_ai;
DROP TRIGGER events_ad;
DROP TABLE evidence_fts;
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence INTEGER, text TEXT NOT NULL
);
CREATE INDEX evidence_doc ON evidence(doc_id);
DROP INDEX events_doc;
CREATE INDEX events_doc ON events(doc_id, sentence);
CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='evidence', content_rowid='id', detail=none, columnsize=0);
CREATE TRIGGER evidence_ai AFTER INSERT ON evidence BEGIN
  INSERT INTO evidence_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER evidence_ad AFTER DELETE ON evidence BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
INSERT INTO evidence (doc_id, sentence, text)
  SELECT doc_id, sentence, evidence_text FROM events WHERE evidence_text IS NOT NULL
  GROUP BY doc_id, sentence, evidence_text ORDER BY min(rowid);
"""

_V6 = """
ALTER TABLE events ADD COLUMN evidence_id INTEGER;
UPDATE events SET evidence_id = (SELECT s.id FROM evidence s WHERE s.doc_id = events.doc_id
  AND s.sentence IS events.sentence AND s.text = events.evidence_text);
CREATE INDEX events_evidence ON events(evidence_id, cluster_id);
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events(source_primary, target_primary, lo, hi, goldstein);
DROP TRIGGER documents_ai;
DROP TRIGGER evidence_ai;
"""

_V7 = """
CREATE INDEX events_target ON events(target_primary, code);
CREATE INDEX events_target_id ON events(target_id, code);
CREATE INDEX clusters_source ON clusters(source_primary, lo);
CREATE INDEX clusters_source_root ON clusters(source_primary, root, lo, hi, code, quad_class, goldstein);
CREATE INDEX clusters_target_root ON clusters(target_primary, root, lo, hi, code, quad_class, goldstein);
CREATE INDEX clusters_code_span ON clusters(code, lo, hi);
"""

_V8 = """
CREATE TABLE failures (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, file TEXT, doc_id TEXT, stage TEXT NOT NULL, reason TEXT NOT NULL
);
"""


_V9 = """
ALTER TABLE documents ADD COLUMN publisher TEXT;
"""


def _statements(sql: str) -> list[str]:
    """Split a script into statements (trigger bodies hold semicolons too)."""
    out, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    return out


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        for statement in _statements(sql):
            conn.execute(statement)
    return apply


def _v2(conn: sqlite3.Connection) -> None:
    """Clusters, then cluster the reports an older store already holds."""
    from .cluster import assign  # the clustering code, not a copy of it

    _script(_V2)(conn)
    ids = [row[0] for row in conn.execute("SELECT id FROM events ORDER BY rowid")]
    assign(conn, ids)


MIGRATIONS: tuple[tuple[int, str, Callable[[sqlite3.Connection], None]], ...] = (
    (1, "documents and event reports", _script(_V1)),
    (2, "clustered events", _v2),
    (3, "full-text search", _script(_V3)),
    (4, "body end", _script(_V4)),
    (5, "evidence sentences indexed once", _script(_V5)),
    (6, "evidence ids on reports", _script(_V6)),
    (7, "reports by target and code", _script(_V7)),
    (8, "failures", _script(_V8)),
    (9, "publisher", _script(_V9)),
)
LATEST = MIGRATIONS[-1][0]


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> int:
    """Bring the database up to ``target``; returns the version it had before."""
    before = version(conn)
    if before > LATEST:
        raise StoreError(f"the database is at schema version {before}, newer than this dragoman "
                         f"understands ({LATEST}); upgrade dragoman")
    for number, name, apply in MIGRATIONS:
        if before < number <= target:
            try:
                conn.execute("BEGIN IMMEDIATE")
                if version(conn) >= number:  # another process applied it while this one waited
                    conn.execute("COMMIT")
                    continue
                apply(conn)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                conn.rollback()
                raise StoreError(f"upgrading the store to schema {number} ({name}) failed: {exc}") from exc
    return before
