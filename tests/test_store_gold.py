"""The shared dev gold file through the store (skipped when ../shared is absent)."""

from __future__ import annotations

from dragoman.analysis import recognition
from dragoman.coder import code_document
from dragoman.ingest import read_sources
from dragoman.store import connect, count, ingest


def test_ingesting_the_dev_set_twice_leaves_the_event_count_unchanged(shared_gold, tmp_path, ctx):
    conn = connect(tmp_path / "gold.db")
    coder = lambda d: code_document(d, ctx).events  # noqa: E731
    first = ingest(conn, read_sources([str(shared_gold / "dev.jsonl")]), coder, "v1")
    events, clustered = count(conn, reports=True), count(conn)
    again = ingest(conn, read_sources([str(shared_gold / "dev.jsonl")]), coder, "v1")
    assert first.new > 0 and again.new == 0 and again.events == 0
    assert (count(conn, reports=True), count(conn)) == (events, clustered)
    russia = [r for r in recognition(conn, "AFG", "2025-07-20") if r["primary"] == "RUS"]
    assert russia and russia[0]["status"] == "recognizes" and russia[0]["since"] == "2025-07-03"
