"""One record per real event over a Parquet dataset: the store's clustering, dyad by dyad.

A report can only join a clustered event of the same source, target and CAMEO
root (:mod:`dragoman.store.cluster`), so dyads are independent: the reports are
read sorted by dyad and input order (DuckDB, out of core), and each dyad's
reports go through the store's own ``place`` and ``refresh`` in a scratch
in-memory store, with the clustered events refreshed where a store fed the
same inputs ``batch_size`` documents per transaction refreshes them. Dates are
never cut at partition edges: a dyad's reports from every month are clustered
together. Clustered events are numbered in the order their first report came,
as the store numbers them, and written beside the reports::

    clusters/month=YYYY-MM/*.parquet   the store's clusters table (month: of ``lo``)
    links/part-0.parquet               (seq, cluster_id): each kept report's clustered event
    links/dropped.parquet              (seq): the later readings of documents read twice

A document read twice is kept once (its first reading), as in the store.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..store import connect
from ..store.cluster import WINDOW, place, refresh
from .dataset import EVENT_BITS

__all__ = ["cluster_dataset"]

_REPORTS = """
SELECT e.id, e.doc_id, e.source_primary, e.target_primary, e.root, e.code, e.date, e.date_precision,
       e.lo, e.hi, e.goldstein, e.quad_class, e.seq, k.batch,
       coalesce(k.published, substr(k.added, 1, 10)) AS reported
FROM read_parquet('{events}', hive_partitioning = true) e
JOIN kept k ON k.id = e.doc_id AND (e.seq >> {bits}) = (k.seq >> {bits})
WHERE hash(e.source_primary, e.target_primary, e.root) % {buckets} = {bucket}
ORDER BY e.source_primary, e.target_primary, e.root, e.seq
"""
_KEPT = """
CREATE TEMP TABLE kept AS
SELECT id, seq, published, added, (row_number() OVER (ORDER BY seq) - 1) // {batch} AS batch
FROM (SELECT DISTINCT ON (id) id, seq, published, added
      FROM read_parquet('{documents}', hive_partitioning = true) ORDER BY id, seq)
"""
_CLUSTER_COLUMNS = ("source_primary", "target_primary", "root", "code", "date", "date_precision", "lo", "hi",
                    "rep_event", "mentions", "n_documents", "first_report", "last_report", "goldstein",
                    "quad_class")


def _dyads(con, root: str, batch_size: int, bucket: int = 0, buckets: int = 1,
           chunk: int = 50_000) -> Iterator[list[dict[str, Any]]]:
    """A bucket's reports sorted by dyad and input order, a whole number of dyads at a time."""
    con.execute(_KEPT.format(batch=int(batch_size), documents=f"{root}/documents/*/*.parquet"))
    result = con.execute(_REPORTS.format(events=f"{root}/events/*/*.parquet", bits=EVENT_BITS,
                                         bucket=int(bucket), buckets=int(buckets)))
    names = [d[0] for d in result.description]
    rows: list[dict[str, Any]] = []
    while batch := result.fetchmany(chunk):
        for row in map(dict, map(lambda values: zip(names, values), batch)):
            if len(rows) >= chunk and _dyad(rows[-1]) != _dyad(row):
                yield rows
                rows = []
            rows.append(row)
    if rows:
        yield rows


def _dyad(row: dict[str, Any]) -> tuple:
    return row["source_primary"], row["target_primary"], row["root"]


def _scratch() -> sqlite3.Connection:
    """An empty store in memory: the same tables and indexes, so the same candidates in the same order."""
    return connect(":memory:")


def _insert(scratch: sqlite3.Connection, r: dict[str, Any], cluster_id: int) -> None:
    scratch.execute("INSERT OR IGNORE INTO documents (id, text, published, added) VALUES (?, '', ?, ?)",
                    (r["doc_id"], r["reported"], r["reported"]))
    scratch.execute("INSERT INTO events (id, doc_id, code, root, date, date_precision, lo, hi, goldstein,"
                    " quad_class, source_primary, target_primary, cluster_id, sentence) VALUES"
                    " (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (r["id"], r["doc_id"], r["code"], r["root"], r["date"], r["date_precision"], r["lo"], r["hi"],
                     r["goldstein"], r["quad_class"], r["source_primary"], r["target_primary"], cluster_id, r["seq"]))


def _cluster_chunk(rows: list[dict[str, Any]], window: int) -> tuple[list[dict], list[tuple[int, int]]]:
    """Cluster whole dyads; returns the clustered events (keyed by their first report's seq) and
    (report seq, key) links."""
    scratch, first = _scratch(), {}
    touched: set[int] = set()
    scratch.execute("BEGIN")  # the scratch store's ``sentence`` column carries each report's seq
    for i, r in enumerate(rows):
        if i and (_dyad(rows[i - 1]) != _dyad(r) or rows[i - 1]["batch"] != r["batch"]):
            refresh(scratch, touched)  # the end of a store transaction, for this dyad
            touched = set()
        (cluster_id,), _ = place(scratch, [r], r["reported"], window)
        first.setdefault(cluster_id, r["seq"])
        _insert(scratch, r, cluster_id)
        touched.add(cluster_id)
    refresh(scratch, touched)
    clusters = [{"key": first[c["id"]], **{k: c[k] for k in _CLUSTER_COLUMNS}}
                for c in scratch.execute("SELECT * FROM clusters")]
    links = [(s, first[c]) for s, c in scratch.execute("SELECT sentence, cluster_id FROM events")]
    scratch.execute("ROLLBACK")
    scratch.close()
    return clusters, links


def _write_parts(tmp: Path, number: str, clusters: list[dict], links: list[tuple[int, int]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp / "c").mkdir(parents=True, exist_ok=True)
    (tmp / "l").mkdir(parents=True, exist_ok=True)
    if clusters:
        pq.write_table(pa.Table.from_pylist(clusters), tmp / "c" / f"part-{number}.parquet")
        pq.write_table(pa.table({"seq": [s for s, _ in links], "key": [k for _, k in links]},
                                schema=pa.schema([("seq", pa.int64()), ("key", pa.int64())])),
                       tmp / "l" / f"part-{number}.parquet")


def _number(con, root: str, tmp: Path) -> None:
    """Global ids in the order of each clustered event's first report; clusters by month, links."""
    con.execute(f"CREATE TEMP TABLE ids AS SELECT key, row_number() OVER (ORDER BY key) AS id"
                f" FROM read_parquet('{tmp}/c/*.parquet')")
    con.execute(f"COPY (SELECT i.id, c.* EXCLUDE (key), coalesce(substr(c.lo, 1, 7), 'none') AS month"
                f" FROM read_parquet('{tmp}/c/*.parquet') c JOIN ids i USING (key) ORDER BY i.id)"
                f" TO '{tmp}/clusters' (FORMAT parquet, PARTITION_BY (month))")
    (tmp / "links").mkdir()
    con.execute(f"COPY (SELECT l.seq, i.id AS cluster_id FROM read_parquet('{tmp}/l/*.parquet') l"
                f" JOIN ids i USING (key) ORDER BY l.seq) TO '{tmp}/links/part-0.parquet' (FORMAT parquet)")


def _dropped(con, root: str, tmp: Path) -> None:
    """The later readings of a document read twice (the store keeps the first): few, so the
    documents are read as they are less these."""
    con.execute(f"COPY (SELECT seq FROM read_parquet('{root}/documents/*/*.parquet', hive_partitioning = true)"
                f" QUALIFY row_number() OVER (PARTITION BY id ORDER BY seq) > 1 ORDER BY seq)"
                f" TO '{tmp}/links/dropped.parquet' (FORMAT parquet)")


def _empty(tmp: Path) -> None:
    """No reports: empty files with the columns, so the dataset still reads as one."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    ints = {"id", "mentions", "n_documents", "quad_class"}
    kinds = {c: pa.int64() if c in ints else pa.float64() if c == "goldstein" else pa.string()
             for c in ("id", *_CLUSTER_COLUMNS)}
    (tmp / "clusters" / "month=none").mkdir(parents=True)
    (tmp / "links").mkdir()
    pq.write_table(pa.schema(list(kinds.items())).empty_table(), tmp / "clusters" / "month=none" / "part-0.parquet")
    pq.write_table(pa.schema([("seq", pa.int64()), ("cluster_id", pa.int64())]).empty_table(),
                   tmp / "links" / "part-0.parquet")


def cluster_bucket(root: str, tmp: str, bucket: int, buckets: int, batch_size: int = 100,
                   window: int = WINDOW) -> tuple[int, int]:
    """Cluster the dyads that hash to ``bucket`` (a task: any worker that sees the folder can run it);
    returns (reports, clustered events)."""
    import duckdb

    con, reports, clusters = duckdb.connect(), 0, 0
    for number, rows in enumerate(_dyads(con, root, batch_size, bucket, buckets)):
        made, links = _cluster_chunk(rows, window)
        _write_parts(Path(tmp), f"{bucket:05d}-{number:06d}", made, links)
        reports, clusters = reports + len(links), clusters + len(made)
    con.close()
    return reports, clusters


def cluster_dataset(folder: str | Path, batch_size: int = 100, window: int = WINDOW, buckets: int = 1,
                    mapper: Callable[..., Iterable[tuple[int, int]]] = map) -> dict[str, int]:
    """Cluster the dataset's reports; replaces its clusters/ and links/ (a local or shared folder).

    The dyads are split into ``buckets`` by hash, clustered by ``mapper(fn, *iterables)`` (``map``
    here, or a Dask client's ``map`` and ``gather``), then numbered as one record.
    """
    import duckdb

    root = Path(folder)
    tmp = root / ".clustering"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    n = range(buckets)
    done = list(mapper(cluster_bucket, [str(root)] * buckets, [str(tmp)] * buckets, list(n), [buckets] * buckets,
                       [batch_size] * buckets, [window] * buckets))
    reports, clusters = sum(r for r, _ in done), sum(c for _, c in done)
    con = duckdb.connect()
    if clusters:
        _number(con, str(root), tmp)
    else:
        _empty(tmp)
    _dropped(con, str(root), tmp)
    con.close()
    for name in ("clusters", "links"):
        shutil.rmtree(root / name, ignore_errors=True)
        os.replace(tmp / name, root / name)
    shutil.rmtree(tmp, ignore_errors=True)
    return {"reports": reports, "clusters": clusters}
