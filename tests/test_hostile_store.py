"""Hostile use of the store: concurrent ingests, a kill -9 mid-batch, a corrupt file, an export
aimed at the store. Every document ends up stored exactly once, and nothing is overwritten."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from dragoman.cli import main

STATES = ["Sweden", "Chile", "Peru", "Kenya", "Brazil", "Norway", "Spain", "Ireland", "Japan", "Mexico"]


def _corpus(path, n, tag):
    with path.open("w") as fh:
        for i in range(n):
            a, b = STATES[i % 10], STATES[(i * 3 + 1) % 10]
            fh.write(json.dumps({"id": f"{tag}{i}", "published": "2024-05-29",
                                 "text": f"{a} condemned {b} on Monday over report {tag} {i}. "
                                         f"{b} recalled its ambassador from {a} on Tuesday."}) + "\n")


def _ingest(db, path, *extra):
    return subprocess.Popen([sys.executable, "-m", "dragoman", "ingest", "--db", str(db), str(path),
                             "--batch-size", "5", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _consistent(db):
    conn = sqlite3.connect(db)
    docs = conn.execute("SELECT count(*), count(DISTINCT ext_id) FROM documents").fetchone()
    wrong = conn.execute("SELECT count(*) FROM documents d WHERE n_events != "
                         "(SELECT count(*) FROM events e WHERE e.doc_id = d.id)").fetchone()[0]
    orphans = conn.execute("SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone()[0]
    conn.close()
    return docs, wrong, orphans


def test_two_overlapping_ingests_then_a_kill_9_then_a_rerun_store_each_document_once(tmp_path):
    db, first, second = tmp_path / "s.db", tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _corpus(first, 60, "a")
    _corpus(second, 1500, "b")
    runs = [_ingest(db, first), _ingest(db, first)]
    outputs = [p.communicate(timeout=300) for p in runs]
    assert [p.returncode for p in runs] == [0, 0], outputs
    assert not any("UNIQUE" in out + err for out, err in outputs)
    assert _consistent(db) == ((60, 60), 0, 0)

    victim = _ingest(db, second, "--workers", "1")  # one process: the kill lands on the writer itself
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # wait until some of its batches are committed
        time.sleep(0.2)
        with sqlite3.connect(db, timeout=30) as conn:
            if conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= 80:
                break
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate()
    (stored, _), _, _ = _consistent(db)
    assert 60 < stored < 1560, "the kill came too late or too early to test anything"

    rerun = _ingest(db, second)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert _consistent(db) == ((1560, 1560), 0, 0)
    check = CliRunner().invoke(main, ["check", "--db", str(db)])
    assert check.exit_code == 0 and check.output.count(": ok") == 4


def _corrupt(db):
    size = os.path.getsize(db)
    with open(db, "r+b") as fh:
        for offset in range(4096 * 2, size, 4096 * 3):
            fh.seek(offset)
            fh.write(b"\xde\xad\xbe\xef" * 256)


@pytest.fixture
def corrupt(tmp_path):
    db = tmp_path / "s.db"
    _corpus(tmp_path / "a.jsonl", 40, "a")
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(tmp_path / "a.jsonl")])
    assert result.exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _corrupt(db)
    return db


def test_check_finds_a_corrupt_store_and_passes_a_good_one(tmp_path, corrupt):
    result = CliRunner().invoke(main, ["check", "--db", str(corrupt)])
    assert result.exit_code == 1 and "fails a check" in result.stderr and "Traceback" not in result.output
    good = tmp_path / "good.db"
    assert CliRunner().invoke(main, ["ingest", "--db", str(good), str(tmp_path / "a.jsonl")]).exit_code == 0
    ok = CliRunner().invoke(main, ["check", "--db", str(good)])
    assert ok.exit_code == 0 and "sqlite integrity: ok" in ok.output and "fts5 evidence_fts: ok" in ok.output


def test_ingest_refuses_a_corrupt_store_and_writes_nothing(tmp_path, corrupt):
    before = corrupt.read_bytes()
    (tmp_path / "new.txt").write_text("Peru condemned Chile on Monday.")
    result = CliRunner().invoke(main, ["ingest", "--db", str(corrupt), str(tmp_path / "new.txt")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "quick check" in result.output or "cannot be opened" in result.output
    assert corrupt.read_bytes() == before


def test_ingest_refuses_a_store_that_opens_but_fails_the_quick_check(store, monkeypatch, tmp_path):
    import dragoman.cli.store as cli_store

    monkeypatch.setattr(cli_store, "quick_check", lambda conn: ["row 7 missing from index events_lo"])
    before = store.read_bytes()
    (tmp_path / "new.txt").write_text("Peru condemned Chile on Monday.")
    result = CliRunner().invoke(main, ["ingest", "--db", str(store), str(tmp_path / "new.txt")])
    assert result.exit_code == 1 and "fails SQLite's quick check (row 7 missing" in result.output
    assert store.read_bytes() == before


@pytest.mark.parametrize("command", [["recognition", "PSE"], ["events"], ["relations"], ["failures"]])
def test_reading_a_corrupt_store_is_one_line(corrupt, command):
    result = CliRunner().invoke(main, [*command, "--db", str(corrupt)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1 and "dragoman check" in result.output or \
        "malformed" in result.output or "not a database" in result.output


@pytest.fixture
def store(tmp_path):
    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text("Sweden formally recognised Palestine on Thursday.")
    assert CliRunner().invoke(main, ["ingest", "--db", str(db), str(tmp_path / "a.txt"),
                                     "--published", "2024-05-29"]).exit_code == 0
    return db


def test_export_refuses_to_write_over_the_store(store):
    before = store.read_bytes()
    for fmt in ("csv", "jsonl", "gdelt", "parquet"):
        result = CliRunner().invoke(main, ["export", "--db", str(store), "--format", fmt, "-o", str(store)])
        assert result.exit_code == 1 and "is the store itself" in result.output
    assert store.read_bytes() == before


def test_export_refuses_to_write_over_any_sqlite_file(tmp_path, store):
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    before = other.read_bytes()
    result = CliRunner().invoke(main, ["export", "--db", str(store), "--format", "csv", "-o", str(other)])
    assert result.exit_code == 1 and "is an SQLite database" in result.output
    assert other.read_bytes() == before


class _Busy:
    """A connection whose first ``n`` journal switches answer "database is locked", as SQLite does at
    once (without waiting) when another process is creating the same new store."""

    def __init__(self, n, message="database is locked"):
        self.n, self.message, self.calls = n, message, 0

    def execute(self, sql):
        self.calls += 1
        if self.calls <= self.n:
            raise sqlite3.OperationalError(self.message)


def test_switching_a_new_store_to_wal_waits_for_another_creator():
    from dragoman.store.db import _wal
    conn = _Busy(3)
    _wal(conn)
    assert conn.calls == 4


def test_switching_to_wal_gives_up_on_other_errors_and_after_its_patience():
    from dragoman.store.db import _wal
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _wal(_Busy(1, "disk I/O error"))
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _wal(_Busy(10 ** 6), patience=0.2)
