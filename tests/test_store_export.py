"""Every export read back: CSV through the csv module, Parquet through pyarrow, GDELT as TSV."""

from __future__ import annotations

import csv
import json

import pytest

from dragoman.errors import StoreError
from dragoman.export import GDELT_COLUMNS, export
from dragoman.store import Filters, connect, events, ingest
from store_support import doc, line_coder


@pytest.fixture
def conn(tmp_path):
    c = connect(tmp_path / "s.db")
    ingest(c, [doc("A\nRUS 054 AFG 2025-07-03\nCHN 051 AFG 2025-07-09", "2025-07-10", url="http://a.example/1"),
               doc("B\nRUS 054 AFG 2025-07-03", "2025-07-11", url="http://b.example/2")], line_coder, "v1")
    return c


def test_csv_export_reads_back_with_the_csv_module(conn, tmp_path):
    out = tmp_path / "e.csv"
    assert export(conn, "csv", out) == 2
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    russia = next(r for r in rows if r["source_primary"] == "RUS")
    assert (russia["code"], russia["target_primary"], russia["mentions"], russia["n_documents"]) == ("054", "AFG", "2", "2")
    assert "RUS did 054" in russia["evidence"] and "http://a.example/1" in russia["urls"]


def test_csv_export_of_reports_has_one_row_per_report(conn, tmp_path):
    out = tmp_path / "r.csv"
    assert export(conn, "csv", out, reports=True) == 3
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len({r["cluster_id"] for r in rows}) == 2


def test_jsonl_export_holds_the_clustered_records(conn, tmp_path):
    out = tmp_path / "e.jsonl"
    export(conn, "jsonl", out, Filters(source="RUS"))
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records == events(conn, Filters(source="RUS"))


def test_parquet_export_reads_back_through_pyarrow(conn, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "e.parquet"
    assert export(conn, "parquet", out) == 2
    table = pq.read_table(out)
    assert table.num_rows == 2 and str(table.schema.field("goldstein").type) == "double"
    assert sorted(table.column("source_primary").to_pylist()) == ["CHN", "RUS"]
    reports = tmp_path / "r.parquet"
    export(conn, "parquet", reports, reports=True)
    assert pq.read_table(reports).num_rows == 3


def test_gdelt_export_has_the_gdelt_event_columns_in_order(conn, tmp_path):
    out = tmp_path / "e.tsv"
    export(conn, "gdelt", out)
    assert len(GDELT_COLUMNS) == 62 and GDELT_COLUMNS[:2] == ("GLOBALEVENTID", "SQLDATE")
    assert GDELT_COLUMNS[60] == "SOURCEURL" and GDELT_COLUMNS[61] == "DatePrecision"  # GDELT's 61, then ours
    with out.open(newline="", encoding="utf-8") as fh:
        rows = [dict(zip(GDELT_COLUMNS, r)) for r in csv.reader(fh, delimiter="\t")]
    russia = next(r for r in rows if r["Actor1Code"] == "RUS")
    assert (russia["SQLDATE"], russia["EventCode"], russia["EventRootCode"], russia["Actor2CountryCode"]) == \
        ("20250703", "054", "05", "AFG")
    assert (russia["NumMentions"], russia["NumArticles"], russia["GoldsteinScale"]) == ("2", "2", "6.0")
    assert russia["SOURCEURL"] == "http://a.example/1" and russia["QuadClass"] == "1"
    assert russia["DatePrecision"] == "day"


def test_export_to_a_missing_folder_is_a_clear_error(conn, tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        export(conn, "csv", tmp_path / "nope" / "e.csv")
