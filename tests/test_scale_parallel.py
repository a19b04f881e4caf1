"""Many cores: coding in worker processes gives what one process gives, event for event, in order."""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.errors import DragomanError, StageError
from dragoman.scale.parallel import _Failure, code_stream

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from corpus import write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, articles_n=60, shards=3, seed=5, duplicates=4)
    return folder


def _dump(db: Path, table: str, order: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "added"]
    return conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").fetchall()


def test_ingest_with_two_workers_stores_what_one_stores(corpus, tmp_path):
    runner = CliRunner()
    for workers in (1, 2):
        result = runner.invoke(main, ["ingest", "--db", str(tmp_path / f"w{workers}.db"), "--batch-size", "7",
                                      "--workers", str(workers), str(corpus)])
        assert result.exit_code == 0, result.output
        assert "4 already present" in result.output
    one, two = tmp_path / "w1.db", tmp_path / "w2.db"
    for table, order in (("documents", "rowid"), ("events", "rowid"), ("clusters", "id"), ("evidence", "id")):
        rows = _dump(one, table, order)
        assert rows and rows == _dump(two, table, order), table
    again = runner.invoke(main, ["ingest", "--db", str(two), "--workers", "2", str(corpus)])
    assert again.exit_code == 0 and "0 new, 64 already present" in again.output


def test_code_with_two_workers_prints_what_one_prints(corpus):
    runner = CliRunner()
    outs = [runner.invoke(main, ["code", "--format", "jsonl", "--workers", str(w), str(corpus)]) for w in (1, 2)]
    assert outs[0].exit_code == 0 and outs[1].exit_code == 0
    lines = outs[0].stdout.splitlines()
    assert len(lines) > 100 and lines == outs[1].stdout.splitlines()
    assert [json.loads(x)["id"] for x in lines] == [json.loads(x)["id"] for x in outs[1].stdout.splitlines()]


def test_stream_keeps_order_and_passes_non_documents_through():
    from dragoman.ingest.text import document_from_text

    rng = random.Random(3)
    items = []
    for i in range(40):
        if i % 9 == 4:
            items.append(f"not a document {i}")
        else:
            items.append(document_from_text(f"France recognised {rng.choice(['Palestine', 'Kosovo'])} on Monday. "
                                            f"Item {i}.", dt.date(2025, 1, 1), doc_id=f"d{i}"))
    out = list(code_stream(iter(items), 2, chunk=3, per_worker=1))
    assert [item for item, _ in out] == items
    assert all(outcome is None for item, outcome in out if isinstance(item, str))
    coded = [outcome for item, outcome in out if not isinstance(item, str)]
    assert all(events and events[0].doc_id == item.id
               for (item, _), events in zip([p for p in out if not isinstance(p[0], str)], coded))


def test_a_worker_error_comes_back_as_the_same_error():
    error = StageError("events", "d1", "broke")
    again = _Failure(type(error), str(error), dict(vars(error))).rebuild()
    assert isinstance(again, StageError) and isinstance(again, DragomanError)
    assert str(again) == str(error) and again.stage == "events" and again.doc_id == "d1"


def test_the_stream_reads_only_a_bounded_window_ahead():
    from dragoman.ingest.text import document_from_text

    pulled = []

    def items():
        for i in range(400):
            pulled.append(i)
            yield document_from_text(f"Spain recognised Palestine on Monday. Note {i}.", dt.date(2025, 1, 1))

    stream = code_stream(items(), 2, chunk=4, per_worker=2)
    next(stream)
    ahead = len(pulled)
    assert ahead <= (2 * 2 + 2) * 4  # the chunks in flight, and the one being filled
    for n, _ in enumerate(stream, 2):
        assert len(pulled) - n <= (2 * 2 + 2) * 4
    assert len(pulled) == 400


def test_clustering_a_dataset_without_events_gives_empty_answers(tmp_path):
    corpus = tmp_path / "quiet.jsonl"
    corpus.write_text(json.dumps({"id": "q", "text": "Heavy rain is forecast for the coming days in the north.",
                                  "published": "2025-01-02"}) + "\n")
    from dragoman.scale.cluster import cluster_dataset
    from dragoman.scale.dask_code import code_shard
    from dragoman.scale.duck import open_dataset
    from dragoman.store import events

    code_shard(str(corpus), 0, str(tmp_path / "ds"))
    assert cluster_dataset(tmp_path / "ds") == {"reports": 0, "clusters": 0}
    record = open_dataset(tmp_path / "ds")
    assert events(record) == [] and record.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_workers_do_not_outlive_a_killed_ingest(corpus, tmp_path):
    import os
    import signal
    import subprocess
    import time

    script = ("import sys; from dragoman.cli import main; "
              "sys.argv = ['dragoman', 'ingest', '--workers', '2', '--db', sys.argv[1], sys.argv[2]]; main()")
    child = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "k.db"), str(corpus)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def workers() -> list[int]:
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(child.pid)], capture_output=True, text=True)
        return [int(p) for p in out.stdout.split()]

    deadline = time.monotonic() + 30
    while len(workers()) < 2 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    found = workers()
    if child.poll() is not None:
        pytest.skip("the ingest finished before it could be killed")
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in found) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert found and not any(_alive(p) for p in found)


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is gone too
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


def test_inputs_are_folders_globs_and_files_in_ingest_order(tmp_path):
    from dragoman.scale.dask_code import input_shards

    for name in ("b/2.jsonl", "b/1.txt", "b/skip.bin", "a.jsonl", "c-1.jsonl", "c-2.jsonl"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    got = input_shards([str(tmp_path / "b"), str(tmp_path / "c-*.jsonl"), str(tmp_path / "a.jsonl")])
    assert [Path(p).relative_to(tmp_path).as_posix() for p in got] == [
        "b/1.txt", "b/2.jsonl", "c-1.jsonl", "c-2.jsonl", "a.jsonl"]
    assert input_shards([f"file://{tmp_path}/c-*.jsonl"])[0].endswith("c-1.jsonl")
