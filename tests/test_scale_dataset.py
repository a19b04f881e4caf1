"""A cluster: `code --dask` on a LocalCluster writes the Parquet dataset a store would hold, clustered
the same way, resumable; DuckDB over it answers every query as SQLite does; `store load` brings it back."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.analysis import recognition, relations, timeline
from dragoman.cli import main
from dragoman.scale.cluster import cluster_dataset
from dragoman.scale.duck import open_dataset
from dragoman.store import Filters, connect, count, documents, events

pytest.importorskip("distributed")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from corpus import write_corpus  # noqa: E402

STORE_TABLES = (("documents", "rowid", ("added",)), ("events", "rowid", ()), ("clusters", "id", ()),
                ("evidence", "id", ()))


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    from distributed import LocalCluster

    root = tmp_path_factory.mktemp("scale")
    write_corpus(root / "corpus", articles_n=240, shards=6, seed=3, words=90, states=5, days=50, duplicates=6)
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", "--db", str(root / "store.db"), "--workers", "1", str(root / "corpus")])
    assert result.exit_code == 0, result.output
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
        result = runner.invoke(main, ["code", "--dask", cluster.scheduler_address, str(root / "corpus"),
                                      "--output", str(root / "dataset")])
        assert result.exit_code == 0, result.output
        address = cluster.scheduler_address
        yield {"root": root, "db": root / "store.db", "dataset": root / "dataset", "address": address,
               "first_run": result}


def _table(db: Path, table: str, order: str, skip: tuple[str, ...] = ()) -> list[tuple]:
    conn = sqlite3.connect(db)
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in skip]
    return conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").fetchall()


def test_dask_codes_the_events_dragoman_code_makes(work):
    out = CliRunner().invoke(main, ["code", "--format", "jsonl", "--workers", "1", str(work["root"] / "corpus")])
    plain = [json.loads(line) for line in out.stdout.splitlines()]
    record = open_dataset(work["dataset"])
    rows = record.execute("SELECT e.*, d.ext_id FROM events e JOIN documents d ON d.id = e.doc_id"
                          " ORDER BY e.rowid").fetchall()
    kept = [e for e in plain if not e["doc_id"].endswith("-again")]  # the repeated articles are stored once
    assert len(rows) == len(kept) > 300
    for row, e in zip(rows, kept):
        assert row["ext_id"] == e["doc_id"]
        assert (row["source_primary"], row["code"], row["target_primary"], row["date"], row["evidence_text"],
                row["rule"]) == (e["source"]["primary"], e["code"], e["target"]["primary"], e["date"],
                                 e["evidence"]["text"], e["rule"])


def test_dataset_holds_the_store_event_for_event_and_cluster_for_cluster(work, tmp_path):
    months = {p.name for p in (work["dataset"] / "events").iterdir()}
    assert {"month=2024-11", "month=2024-12", "month=2025-01"} <= months
    loaded = tmp_path / "loaded.db"
    result = CliRunner().invoke(main, ["store", "load", str(work["dataset"]), "--db", str(loaded)])
    assert result.exit_code == 0, result.output
    for table, order, skip in STORE_TABLES:
        assert _table(loaded, table, order, skip) == _table(work["db"], table, order, skip), table
    clusters = sqlite3.connect(work["db"]).execute("SELECT count(*), sum(mentions > 1) FROM clusters").fetchone()
    assert clusters[1] >= 10  # reports from several articles were joined


def test_clustering_the_dataset_matches_a_store_fed_small_batches(work, tmp_path):
    db = tmp_path / "small-batches.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--batch-size", "7", "--workers", "1",
                                       str(work["root"] / "corpus")])
    assert result.exit_code == 0
    copy = tmp_path / "dataset"
    shutil.copytree(work["dataset"], copy)
    want = sqlite3.connect(db).execute("SELECT id, cluster_id FROM events ORDER BY rowid").fetchall()
    for buckets in (1, 3):  # dyads clustered in one task, or spread over three
        cluster_dataset(copy, batch_size=7, buckets=buckets)
        record = open_dataset(copy)
        got = [tuple(r) for r in record.execute("SELECT * FROM clusters ORDER BY id").fetchall()]
        assert got == _table(db, "clusters", "id")
        links = record.execute("SELECT id, cluster_id FROM events ORDER BY rowid").fetchall()
        assert [tuple(r) for r in links] == want


def test_a_killed_run_is_finished_by_running_it_again(work, tmp_path):
    copy = tmp_path / "dataset"
    shutil.copytree(work["dataset"], copy)
    before = open_dataset(copy).execute("SELECT * FROM events ORDER BY rowid").fetchall()
    markers = sorted((copy / "_done").glob("*.json"))
    cut = markers[2]
    sid = cut.stem
    cut.unlink()  # the run died after writing this shard's files but before its marker ...
    for part in (copy / "events").glob(f"*/part-{sid}.parquet"):
        part.write_bytes(b"PAR1 cut off")  # ... half-way through one of them
        break
    stamps = {m.name: m.stat().st_mtime_ns for m in markers if m != cut}
    result = CliRunner().invoke(main, ["code", "--dask", work["address"], str(work["root"] / "corpus"),
                                       "--output", str(copy)])
    assert result.exit_code == 0, result.output
    assert "5 already done, 1 to code" in result.output
    assert {m.name: m.stat().st_mtime_ns for m in markers if m != cut} == stamps  # not redone
    assert (copy / "_done" / f"{sid}.json").exists()
    assert open_dataset(copy).execute("SELECT * FROM events ORDER BY rowid").fetchall() == before


def _queries(conn):
    """Every query the record answers, by name, as a callable on a record."""
    some = conn.execute("SELECT source_primary, target_primary FROM clusters GROUP BY 1, 2"
                        " ORDER BY count(*) DESC, 1, 2 LIMIT 1").fetchone()
    a, b = some[0], some[1]
    place = json.loads(conn.execute("SELECT location FROM events WHERE location IS NOT NULL"
                                    " ORDER BY rowid LIMIT 1").fetchone()[0])["name"]
    tenth = conn.execute("SELECT lo, id FROM clusters ORDER BY lo, id LIMIT 1 OFFSET 9").fetchone()
    after = (tenth[0], tenth[1])
    report = tuple(conn.execute("SELECT lo, id FROM events ORDER BY lo, id LIMIT 1 OFFSET 30").fetchone())
    out = {}
    for name, f in {"all": Filters(), "source": Filters(source=a), "actor": Filters(actor=b),
                    "root": Filters(root="05"), "code": Filters(code="04"), "paged": Filters(limit=7, offset=5),
                    "since": Filters(since="2024-12-20"), "until": Filters(until="2025-01-05", target=b),
                    "nothing": Filters(source="ZZZ"), "quad": Filters(quad_class=1, goldstein_min=1.0),
                    "goldstein": Filters(goldstein_max=-2.0, actor=a), "country": Filters(country=a),
                    "place": Filters(place=place)}.items():
        out[f"events {name}"] = lambda r, f=f: events(r, f)
        out[f"reports {name}"] = lambda r, f=f: events(r, f, reports=True)
        out[f"count {name}"] = lambda r, f=f: (count(r, f), count(r, f, reports=True))
    out["events after a cursor"] = lambda r: events(r, Filters(after=after, limit=20))
    out["reports after a cursor"] = lambda r: events(r, Filters(after=report, limit=20), reports=True)
    for by in ("month", "year"):
        out[f"timeline {by}"] = lambda r, by=by: timeline(r, a, b, by)
        out[f"timeline {by} reports"] = lambda r, by=by: timeline(r, a, b, by, reports=True, since="2024-12-01")
    out["relations"] = lambda r: relations(r, "2025-01-15", 60)
    out["relations reports"] = lambda r: relations(r, "2025-02-28", 365, reports=True)
    out["documents"] = lambda r: [{k: v for k, v in d.items() if k != "added"}  # when each was written
                                  for d in documents(r, limit=1000)]
    for entity in (a, b, "PSE", "TWN"):
        out[f"recognition {entity}"] = lambda r, e=entity: recognition(r, e, "2025-03-01")
    return out


@pytest.mark.parametrize("backend", ["sqlite", "duckdb"])
def test_every_query_gives_the_store_answer(work, backend):
    store = connect(work["db"], create=False)
    record = store if backend == "sqlite" else open_dataset(work["dataset"])
    expected, got = _queries(store), _queries(record)
    assert expected.keys() == got.keys()
    nonempty = 0
    for name in expected:
        want = expected[name](store)
        assert got[name](record) == want, name
        nonempty += bool(want if not isinstance(want, dict) else want.get("periods") or want.get("edges"))
    assert nonempty >= 35


def test_search_on_a_dataset_says_where_to_search(work):
    result = CliRunner().invoke(main, ["events", "--parquet", str(work["dataset"]), "--search", "talks"])
    assert result.exit_code == 1 and "store load" in result.output


def test_cli_queries_over_parquet_print_what_the_store_prints(work, tmp_path):
    runner = CliRunner()
    for args in (["events", "--format", "jsonl", "--limit", "0"], ["timeline", "--format", "json"],
                 ["recognition", "PSE", "--as-of", "2025-03-01", "--format", "json"],
                 ["relations", "--as-of", "2025-01-31"]):
        if args[0] == "timeline":
            args = args[:1] + ["FRA", "DEU"] + args[1:]
        a = runner.invoke(main, [*args, "--db", str(work["db"])])
        b = runner.invoke(main, [*args, "--parquet", str(work["dataset"])])
        assert a.exit_code == b.exit_code == 0 and a.output == b.output and a.output.strip(), args
    for where in (["--db", str(work["db"])], ["--parquet", str(work["dataset"])]):
        out = tmp_path / f"{where[0][2:]}.csv"
        assert runner.invoke(main, ["export", "--format", "csv", "--output", str(out), *where]).exit_code == 0
    assert (tmp_path / "db.csv").read_text() == (tmp_path / "parquet.csv").read_text()


def test_a_slice_loads_the_events_of_its_dates(work, tmp_path):
    db = tmp_path / "slice.db"
    result = CliRunner().invoke(main, ["store", "load", str(work["dataset"]), "--db", str(db),
                                       "--since", "2024-12-15", "--until", "2024-12-31"])
    assert result.exit_code == 0, result.output
    window = Filters(since="2024-12-15", until="2024-12-31")
    want = events(connect(work["db"], create=False), window)
    assert want and events(connect(db, create=False), window) == want
    assert count(connect(db, create=False)) < count(connect(work["db"], create=False))


_RUN = """
import sys
from distributed import LocalCluster
from dragoman.scale.dask_code import code_with_dask
with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
    code_with_dask(cluster.scheduler_address, sys.argv[2], [sys.argv[1]])
"""


def test_a_run_killed_for_real_is_finished_by_the_next(work, tmp_path):
    import os
    import signal
    import subprocess
    import time

    corpus, out = tmp_path / "corpus", tmp_path / "dataset"
    write_corpus(corpus, articles_n=200, shards=40, seed=9, words=90, states=5, days=50)
    child = subprocess.Popen([sys.executable, "-c", _RUN, str(corpus), str(out)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(list((out / "_done").glob("*.json"))) < 3 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    survived = {m.name: m.stat().st_mtime_ns for m in (out / "_done").glob("*.json")}
    assert 3 <= len(survived) < 40
    result = CliRunner().invoke(main, ["code", "--dask", work["address"], str(corpus), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{len(survived)} already done, {40 - len(survived)} to code" in result.output
    assert {m: (out / "_done" / m).stat().st_mtime_ns for m in survived} == survived
    record = open_dataset(out)
    seqs = [r[0] for r in record.execute("SELECT rowid FROM events ORDER BY rowid").fetchall()]
    markers = [json.loads(m.read_text()) for m in (out / "_done").glob("*.json")]
    assert len(markers) == 40 and len(seqs) == len(set(seqs)) == sum(m["events"] for m in markers)
    assert record.execute("SELECT count(*) FROM documents").fetchone()[0] == 200


def test_a_later_run_with_more_inputs_adds_them_after_the_first(work, tmp_path):
    corpus, out = work["root"] / "corpus", tmp_path / "dataset"
    runner = CliRunner()
    first = runner.invoke(main, ["code", "--dask", work["address"], str(corpus / "shard-003.jsonl"), "--output", str(out)])
    assert first.exit_code == 0, first.output
    result = runner.invoke(main, ["code", "--dask", work["address"], str(corpus), "--output", str(out)])
    assert result.exit_code == 0 and "1 already done, 5 to code" in result.output
    record = open_dataset(out)
    seqs = [r[0] for r in record.execute("SELECT rowid FROM events").fetchall()]
    assert len(seqs) == len(set(seqs)) == count(connect(work["db"], create=False), reports=True)
    inputs = json.loads((out / "_inputs.json").read_text())
    assert inputs[0].endswith("shard-003.jsonl") and len(inputs) == 6
    firsts = record.execute("SELECT source FROM documents ORDER BY rowid LIMIT 1").fetchone()
    assert "shard-003.jsonl" in firsts[0]


def test_inputs_on_another_fsspec_filesystem_are_read_through_it(work, tmp_path):
    import fsspec

    from dragoman.scale.dask_code import code_with_dask

    memory, lines = fsspec.filesystem("memory"), 0
    for path in sorted((work["root"] / "corpus").glob("shard-00[01].jsonl")):
        memory.pipe(f"/dragoman-test/{path.name}", path.read_bytes())
        lines += len(path.read_text().splitlines())
    notes: list[str] = []
    totals = code_with_dask(work["address"], str(tmp_path / "ds"), ["memory://dragoman-test/*.jsonl"], say=notes.append)
    assert totals["documents"] == lines > 50 and not totals["errors"]
    assert any("memory://" in n and "dragoman-test/shard-001.jsonl" in n for n in notes)
    sources = {r[0].rsplit("/", 1)[-1].split(":")[0] for r in
               open_dataset(tmp_path / "ds").execute("SELECT source FROM documents").fetchall()}
    assert sources == {"shard-000.jsonl", "shard-001.jsonl"}
    memory.rm("/dragoman-test", recursive=True)


def test_documents_keep_their_publisher_and_an_older_dataset_reads_without_one(work, tmp_path):
    import pyarrow.parquet as pq

    from dragoman.ingest.text import document_from_text
    from dragoman.scale.dataset import shard_rows

    doc = document_from_text("Police fired tear gas.", publisher="Kenya Herald")
    [(docs, _)] = shard_rows([(doc, None, [])], 0, "v").values()
    assert docs[0]["publisher"] == "Kenya Herald"  # written to the dataset, so a store load keeps it
    old = tmp_path / "old"
    shutil.copytree(work["dataset"], old)
    for part in old.glob("documents/*/*.parquet"):  # as written before documents had a publisher
        pq.write_table(pq.read_table(part).drop_columns(["publisher"]), part)
    listed = documents(open_dataset(old), limit=1000)
    assert listed and all(d["publisher"] is None for d in listed)
    result = CliRunner().invoke(main, ["store", "load", str(old), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
