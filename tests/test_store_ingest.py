"""Storing documents: idempotent, transactional, resumable after a kill, upgradable."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dragoman.errors import InputError, StoreError
from dragoman.store import LATEST, Filters, connect, count, documents, events, ingest, recode, stale, version
from store_support import doc, line_coder

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "examples"


def test_store_is_one_sqlite_file_in_wal_mode(tmp_path):
    conn = connect(tmp_path / "s.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert version(conn) == LATEST


def test_same_document_twice_is_stored_once(tmp_path):
    conn = connect(tmp_path / "s.db")
    text = "Report\nRUS 054 AFG 2025-07-03\n"
    first = ingest(conn, [doc(text)], line_coder, "v1")
    again = ingest(conn, [doc(text), doc("REPORT\n  RUS 054 AFG 2025-07-03", doc_id="other-id")], line_coder, "v1")
    assert (first.new, first.events) == (1, 1)
    assert (again.new, again.present, again.events) == (0, 2, 0)
    assert count(conn, reports=True) == 1 and len(documents(conn)) == 1


def test_document_id_is_the_hash_of_normalised_text_and_the_given_id_is_kept(tmp_path):
    conn = connect(tmp_path / "s.db")
    ingest(conn, [doc("Report\nRUS 054 AFG 2025-07-03", doc_id="wire-17", url="http://x/1")], line_coder, "v1")
    (stored,) = documents(conn)
    assert stored["ext_id"] == "wire-17" and stored["url"] == "http://x/1" and len(stored["id"]) == 16
    assert events(conn, reports=True)[0]["doc_id"] == stored["id"]


def test_bad_inputs_are_counted_and_the_rest_is_stored(tmp_path):
    conn = connect(tmp_path / "s.db")

    def flaky(document):
        if "BOOM" in document.text:
            from dragoman.errors import StageError
            raise StageError("events", document.id, "broken")
        return line_coder(document)
    summary = ingest(conn, [InputError("x.txt", "no such file"), doc("BOOM"), doc("A\nRUS 054 AFG 2025-07-03")],
                     flaky, "v1")
    assert (summary.new, summary.failed, summary.events) == (1, 2, 1)
    assert "x.txt: no such file" in summary.errors[0]


def test_a_failed_write_is_that_documents_failure_and_leaves_nothing_half_written(tmp_path):
    conn = connect(tmp_path / "s.db")
    ingest(conn, [doc("A\nRUS 054 AFG 2025-07-03")], line_coder, "v1")
    conn.execute("CREATE TRIGGER boom BEFORE INSERT ON documents WHEN new.title = 'Boom' "
                 "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    batch = [doc("B\nRUS 054 AFG 2025-07-04"), doc("Boom\n\nBy X\nRUS 054 AFG 2025-07-05")]
    summary = ingest(conn, batch, line_coder, "v1", batch_size=10)
    assert (summary.new, summary.failed) == (1, 1) and "disk on fire" in summary.errors[0]
    assert len(documents(conn)) == 2 and count(conn, reports=True) == 2
    [row] = conn.execute("SELECT stage, reason FROM failures").fetchall()
    assert row["stage"] == "write" and "disk on fire" in row["reason"]


def test_recode_recodes_documents_of_another_knowledge_version(tmp_path):
    conn = connect(tmp_path / "s.db")
    ingest(conn, [doc("A\nRUS 054 AFG 2025-07-03"), doc("B\nRUS 054 AFG 2025-07-03")], line_coder, "v1")
    assert recode(conn, line_coder, "v1").new == 0

    def better(document):
        return line_coder(document) + [e for e in line_coder(document) if False]
    summary = recode(conn, better, "v2")
    assert summary.new == 2 and summary.events == 2
    assert {d["kb_version"] for d in documents(conn)} == {"v2"}
    (clustered,) = events(conn)
    assert clustered["mentions"] == 2


def test_search_finds_each_report_once_after_a_recode(tmp_path):
    conn = connect(tmp_path / "s.db")
    ingest(conn, [doc("A\nRUS 054 AFG 2025-07-03\nRUS 054 AFG 2025-07-03\nCHN 051 AFG 2025-07-04")],
           line_coder, "v1")
    recode(conn, line_coder, "v2")
    assert len(events(conn, Filters(search="RUS did 054"), reports=True)) == 2
    assert [e["code"] for e in events(conn, Filters(search="CHN"))] == ["051"]
    orphans = conn.execute("SELECT count(*) FROM events e WHERE NOT EXISTS"
                           " (SELECT 1 FROM evidence s WHERE s.id = e.evidence_id AND s.text = e.evidence_text)")
    assert orphans.fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM evidence").fetchone()[0] == 3  # not doubled by the recode


def test_search_indexes_match_the_stored_rows_across_batches_and_recodes(tmp_path):
    conn = connect(tmp_path / "s.db")
    words = ["alpha", "bravo", "charlie", "delta", "echo"]
    texts = [f"{w.title()} report\nRUS 054 AFG 2025-07-0{i + 1}\n" for i, w in enumerate(words)]
    ingest(conn, [doc(t) for t in texts], line_coder, "v1", batch_size=2)
    recode(conn, line_coder, "v2")
    for table in ("documents_fts", "evidence_fts"):  # raises if an index and its rows disagree
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    assert [len(documents(conn, search=w)) for w in words] == [1] * 5
    assert len(events(conn, Filters(search="RUS did 054 AFG"), reports=True)) == 5


def test_recode_reports_progress_up_to_the_number_of_stale_documents(tmp_path):
    conn = connect(tmp_path / "s.db")
    ingest(conn, [doc(f"A{i}\nRUS 054 AFG 2025-07-0{i}") for i in range(1, 4)], line_coder, "v1")
    assert stale(conn, "v1") == 0 and stale(conn, "v2") == 3 and stale(conn, "v1", everything=True) == 3
    seen = []
    recode(conn, line_coder, "v2", progress=seen.append)
    assert sum(seen) == 3


def test_recode_with_real_coder_keeps_the_count(tmp_path, ctx):
    from dragoman.coder import code_document
    from dragoman.ingest import read_sources

    conn = connect(tmp_path / "s.db")
    paths = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    coder = lambda d: code_document(d, ctx).events  # noqa: E731
    before = ingest(conn, read_sources(paths), coder, "old").events
    recode(conn, coder, "new")
    assert count(conn, reports=True) == before
    assert count(conn) == len({e["id"] for e in events(conn)})


FOOTED = ("Talks in Moscow\n\nRussia praised China on Tuesday for its support.\n\n"
          "The two sides met again on Wednesday.\n\n3 comments\n\n"
          "Germany imposed sanctions on Brazil on Monday.\n")


def test_a_footer_stays_uncoded_when_the_document_is_recoded(tmp_path, ctx):
    from dragoman.coder import code_document

    conn = connect(tmp_path / "s.db")
    coder = lambda d: code_document(d, ctx).events  # noqa: E731
    ingest(conn, [doc(FOOTED)], coder, "old")
    assert recode(conn, coder, "new").new == 1
    dyads = {(e["source"]["primary"], e["target"]["primary"]) for e in events(conn, reports=True)}
    assert ("RUS", "CHN") in dyads and ("DEU", "BRA") not in dyads
    (stored,) = conn.execute("SELECT body_end FROM documents").fetchone()
    assert FOOTED[stored:].startswith("3 comments")


def _corpus(path: Path, n: int) -> None:
    states = ["Russia", "China", "France", "Germany", "Brazil", "India", "Japan", "Kenya", "Egypt", "Turkey"]
    verbs = ["imposed sanctions on", "condemned", "praised", "signed a trade deal with", "recognised"]
    lines = []
    for i in range(n):
        sentences = [f"{states[(i + k) % 10]} {verbs[(i * 3 + k) % 5]} {states[(i + k + 3) % 10]} on Tuesday."
                     for k in range(12)]
        filler = " ".join(f"Officials met for the {j}th time in document {i}." for j in range(25))
        lines.append(json.dumps({"id": f"d{i}", "text": " ".join(sentences) + " " + filler,
                                 "published": "2024-05-29"}))
    path.write_text("\n".join(lines) + "\n")


def _run_ingest(db: Path, corpus: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-c", "from dragoman.cli import main; main()", "ingest", "--db", str(db),
           "--batch-size", "4", str(corpus)]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")})


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_a_run_killed_mid_batch_is_finished_by_running_it_again(tmp_path):
    db, corpus, total = tmp_path / "s.db", tmp_path / "corpus.jsonl", 160
    _corpus(corpus, total)
    proc = _run_ingest(db, corpus)
    deadline = time.monotonic() + 60
    while _stored(db) < 8 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = _stored(db)
    assert 8 <= killed_at < total, "the run should have been killed part-way"
    again = _run_ingest(db, corpus)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()
    assert f"{total - killed_at} new, {killed_at} already present" in out.decode()
    conn = connect(db)
    assert _stored(db) == total
    assert conn.execute("SELECT count(DISTINCT ext_id) FROM documents").fetchone()[0] == total
    per_doc = conn.execute("SELECT count(*) FROM documents d WHERE n_events != "
                           "(SELECT count(*) FROM events e WHERE e.doc_id = d.id)").fetchone()[0]
    assert per_doc == 0


def test_a_store_made_by_schema_1_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.db"
    old = connect(path, schema=1)
    assert version(old) == 1
    old.execute("INSERT INTO documents (id, text, published, added) VALUES ('d1', 'Russia recognised the Taliban.',"
                " '2025-07-04', '2025-07-04T00:00:00')")
    for n, doc_id in enumerate(["d1", "d1"]):
        old.execute("INSERT INTO events (id, doc_id, source_primary, target_primary, code, root, goldstein,"
                    " date, date_precision, lo, hi, evidence_text, polarity, modality) VALUES"
                    " (?, ?, 'RUS', 'AFG', '054', '05', 6.0, '2025-07-03', 'day', '2025-07-03', '2025-07-03',"
                    " 'Russia recognised the Taliban government.', 'asserted', 'actual')", (f"e{n}", doc_id))
    old.close()
    conn = connect(path)
    assert version(conn) == LATEST
    (clustered,) = events(conn)
    assert clustered["mentions"] == 2 and clustered["documents"] == ["d1"]
    assert len(events(conn, Filters(search="taliban government"), reports=True)) == 2
    assert documents(conn, search="recognised")[0]["id"] == "d1"


def test_a_store_made_by_schema_5_gets_evidence_ids_on_upgrade(tmp_path):
    path = tmp_path / "five.db"
    old = connect(path, schema=5)
    old.execute("INSERT INTO documents (id, text, added) VALUES ('d1', 'x', '2025-07-04T00:00:00')")
    for n, (sentence, text) in enumerate([(0, "Russia hailed China."), (0, "Russia hailed China."),
                                          (1, "Iran condemned Israel.")]):
        old.execute("INSERT INTO events (id, doc_id, sentence, source_primary, target_primary, code, root, lo, hi,"
                    " evidence_text) VALUES (?, 'd1', ?, 'RUS', 'CHN', '051', '05', '2025-07-03', '2025-07-03', ?)",
                    (f"e{n}", sentence, text))
        old.execute("INSERT INTO evidence (doc_id, sentence, text) SELECT 'd1', ?, ? WHERE NOT EXISTS"
                    " (SELECT 1 FROM evidence WHERE sentence = ?)", (sentence, text, sentence))
    old.close()
    conn = connect(path)
    assert version(conn) == LATEST
    assert [e["id"] for e in events(conn, Filters(search="hailed"), reports=True)] == ["e0", "e1"]
    assert [e["id"] for e in events(conn, Filters(search="condemned israel"), reports=True)] == ["e2"]


def test_a_store_from_a_newer_dragoman_is_refused(tmp_path):
    path = tmp_path / "new.db"
    sqlite3.connect(path).execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer than this dragoman"):
        connect(path)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("hello, this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot be opened as a dragoman store"):
        connect(path)
