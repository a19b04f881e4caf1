"""Benchmark the store: ingest overhead against coding time, and query times on a big store.

    python bench/store.py [--events 1000000] [--articles 300] [--db /tmp/dragoman-bench.db]

1. Ingest overhead: generated articles (bench/run.py's ``article()``) are coded (timed, after
   one warm-up article), then stored in a new store through ``dragoman.store.ingest`` with the
   events already made (timed); three rounds, and the median storing time over the median
   coding time is the store's overhead.
2. Queries: a store of ``--events`` reports in about 0.77 as many clustered events is
   generated directly with executemany (actors drawn with a Zipf-like skew, dates
   over 30 years), then ``events`` and ``timeline`` queries are timed (median of 5).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import _states, article  # noqa: E402

from dragoman.analysis import timeline  # noqa: E402
from dragoman.coder import code_document, context  # noqa: E402
from dragoman.ingest.text import document_from_text, normalized_id  # noqa: E402
from dragoman.knowledge import default_knowledge  # noqa: E402
from dragoman.store import Filters, connect, events, ingest  # noqa: E402
from dragoman.store.rows import EVENT_COLUMNS  # noqa: E402

CODES = [("010", 0.0, 1), ("036", 4.0, 1), ("042", 1.9, 1), ("051", 3.4, 1), ("054", 6.0, 1), ("057", 8.0, 1),
         ("070", 7.0, 2), ("111", -2.0, 3), ("120", -4.0, 3), ("163", -8.0, 4), ("173", -5.0, 4), ("190", -10.0, 4)]


def ingest_overhead(n_articles: int, tmp: Path, rounds: int = 3) -> tuple[float, float, int]:
    knowledge = default_knowledge()
    ctx, rng = context(knowledge), random.Random(11)
    states = _states(knowledge.kb)
    docs = [document_from_text(article(rng, states), dt.date(2025, 7, 20), doc_id=f"b{i}") for i in range(n_articles)]
    made: dict[str, list] = {}
    code_document(document_from_text(article(rng, states), dt.date(2025, 7, 20)), ctx)  # warm: lazy tables load
    codings, storings, path = [], [], tmp / "ingest-bench.db"
    for _ in range(rounds):
        started = time.perf_counter()
        for d in docs:
            key = normalized_id(d.text)
            made[key] = code_document(document_from_text(d.text, d.published, doc_id=key), ctx).events
        codings.append(time.perf_counter() - started)
        for p in tmp.glob("ingest-bench.db*"):
            p.unlink()
        conn = connect(path)
        started = time.perf_counter()
        summary = ingest(conn, docs, lambda d: made[d.id], "bench")  # the default batch size, as `dragoman ingest`
        storings.append(time.perf_counter() - started)
        conn.close()
    coding, storing = statistics.median(codings), statistics.median(storings)
    return coding, storing, summary.events


def _rows(n_events: int, rng: random.Random, primaries: list[str]):
    weights = [1 / (i + 1) for i in range(len(primaries))]
    start = dt.date(1995, 1, 1).toordinal()
    cluster, clusters, reports = 0, [], []
    while len(reports) < n_events:
        cluster += 1
        a, b = rng.choices(primaries, weights, k=2)
        code, goldstein, quad = rng.choice(CODES)
        date = dt.date.fromordinal(start + rng.randrange(0, 30 * 365)).isoformat()
        k = min(rng.choice((1, 1, 1, 2, 2, 3)), n_events - len(reports))
        clusters.append((cluster, a, b, code[:2], code, date, "day", date, date, f"r{len(reports)}", k, k,
                         date, date, goldstein, quad))
        for _ in range(k):
            i = len(reports)
            reports.append((f"r{i}", f"d{i // 20}", i % 20, a, a, a, a, a, b, b, b, b, b, code, code[:2], "label",
                            quad, goldstein, "X", date, "day", "bench", date, date, None, "asserted", "actual",
                            f"{a} acted towards {b} with {code} in report {i}.", 0, 40, "t", "r", 0.9, cluster,
                            i + 1))
    return clusters, reports


def build_store(path: Path, n_events: int, primaries: list[str]) -> float:
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    conn = connect(path)
    started = time.perf_counter()
    clusters, reports = _rows(n_events, random.Random(3), primaries)
    now = dt.datetime.now().isoformat()
    conn.execute("BEGIN")  # bulk load, then build the search indexes in one pass (as ingest does per batch)
    conn.executemany("INSERT INTO documents (id, text, published, added) VALUES (?, ?, ?, ?)",
                     [(f"d{i}", f"document {i}", None, now) for i in range(n_events // 20 + 1)])
    conn.executemany("INSERT INTO clusters VALUES (" + ",".join("?" * 16) + ")", clusters)
    cols = ", ".join(EVENT_COLUMNS) + ", cluster_id, evidence_id"
    conn.executemany(f"INSERT INTO events ({cols}) VALUES ({','.join('?' * (len(EVENT_COLUMNS) + 2))})", reports)
    conn.executemany("INSERT INTO evidence (id, doc_id, sentence, text) VALUES (?, ?, ?, ?)",
                     [(r[-1], r[1], r[2], r[EVENT_COLUMNS.index("evidence_text")]) for r in reports])
    conn.execute("INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    return time.perf_counter() - started


def _time(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def query_times(path: Path, a: str, b: str) -> list[tuple[str, float]]:
    conn = connect(path)
    cases = [
        (f"events --source {a} --target {b} (limit 100)", lambda: events(conn, Filters(source=a, target=b, limit=100))),
        (f"events --source {a} --target {b} (limit 1000)", lambda: events(conn, Filters(source=a, target=b, limit=1000))),
        (f"events --actor {b} --root 19 --since 2015-01-01 (limit 100)",
         lambda: events(conn, Filters(actor=b, root="19", since="2015-01-01", limit=100))),
        ("events --code 054 --since 2020-01-01 --until 2020-12-31 (limit 100)",
         lambda: events(conn, Filters(code="054", since="2020-01-01", until="2020-12-31", limit=100))),
        ("events (first 100)", lambda: events(conn, Filters(limit=100))),
        (f"events --search '{a} 163' (limit 100)", lambda: events(conn, Filters(search=f"{a} 163", limit=100))),
        # punctuated words: the index narrows by their tokens, then the sentence must hold them whole
        ("events --search 'report 4242.' (punctuated, limit 100)",
         lambda: events(conn, Filters(search="report 4242.", limit=100))),
        (f"events --search '{a} 163 towards.' (punctuated, no match: worst case)",
         lambda: events(conn, Filters(search=f"{a} 163 towards.", limit=100))),
        (f"timeline {a} {b} --by month", lambda: timeline(conn, a, b, "month")),
        (f"timeline {a} {b} --by year", lambda: timeline(conn, a, b, "year")),
        (f"timeline {a} {b} --by month --reports", lambda: timeline(conn, a, b, "month", reports=True)),
    ]
    return [(name, _time(fn)) for name, fn in cases]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--db", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "dragoman-bench.db"))
    args = parser.parse_args(argv)
    path = Path(args.db)
    coding, storing, n = ingest_overhead(args.articles, path.parent)
    print(f"ingest: {args.articles} articles, {n} events; coding {coding:.2f} s, storing {storing:.2f} s "
          f"-> store overhead {100 * storing / coding:.1f}% of coding time")
    primaries = [r["id"] for r in _states(default_knowledge().kb)][:150]
    primaries = ["USA", "RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "AFG"] + [p for p in primaries if p not in
                                                                         ("USA", "RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "AFG")]
    seconds = build_store(path, args.events, primaries)
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20
    print(f"store: {args.events:,} reports generated in {seconds:.0f} s ({size:.0f} MB)")
    for name, ms in query_times(path, "USA", "RUS"):
        print(f"  {ms:7.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
