"""Hostile text in exports (formula injection), and exports that are typed and go where asked."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.export import GDELT_COLUMNS, export
from dragoman.export.columns import neutral
from dragoman.store import connect, ingest
from store_support import doc, line_coder

EVIL = "=HYPERLINK(\"http://evil.example\",\"x\")"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    conn = connect(path)
    ingest(conn, [doc("A\nRUS 054 AFG 2025-07-03", url="=cmd|' /C calc'!A0"),
                  doc("B\nCHN 051 RUS 2025-07 month", url="+http://b.example"),
                  doc("C\nUSA 161 IRN 2025 year", url="http://c.example")], line_coder, "v1")
    conn.execute("UPDATE events SET evidence_text = ? WHERE source_primary = 'RUS'", (EVIL,))
    conn.execute("UPDATE events SET source_name = '@SUM(1+1)' WHERE source_primary = 'CHN'")
    conn.execute("UPDATE events SET target_name = '-2+3' WHERE source_primary = 'USA'")
    conn.close()
    return path


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_formula_cells_get_a_quote(cell):
    assert neutral(cell) == "'" + cell and neutral(1.5) == 1.5 and neutral(-4.0) == -4.0


def _cells(text, delimiter=","):
    return [c for row in csv.reader(io.StringIO(text), delimiter=delimiter) for c in row]


def test_csv_export_neutralises_formulas_and_unsafe_csv_keeps_them(db, tmp_path):
    out = tmp_path / "e.csv"
    assert CliRunner().invoke(main, ["export", "--db", str(db), "--format", "csv", "-o", str(out)]).exit_code == 0
    cells = _cells(out.read_text())
    assert "'" + EVIL in cells and "'@SUM(1+1)" in cells and "'-2+3" in cells
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    raw = tmp_path / "raw.csv"
    CliRunner().invoke(main, ["export", "--db", str(db), "--format", "csv", "-o", str(raw), "--unsafe-csv"])
    assert EVIL in _cells(raw.read_text())


def test_events_csv_neutralises_formulas_too(db):
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "csv"])
    cells = _cells(result.output)
    assert "'" + EVIL in cells and not any(c.startswith(("=", "+", "@")) for c in cells)


def test_gdelt_sourceurl_is_neutralised_and_precision_marked(db, tmp_path):
    out = tmp_path / "e.tsv"
    conn = connect(db)
    export(conn, "gdelt", out)
    rows = [dict(zip(GDELT_COLUMNS, r)) for r in csv.reader(out.open(newline=""), delimiter="\t",
                                                             quoting=csv.QUOTE_NONE, escapechar="\\")]
    urls = {r["Actor1Code"]: r["SOURCEURL"] for r in rows}
    assert urls["RUS"].startswith("'=cmd") and urls["CHN"] == "'+http://b.example"
    precision = {r["Actor1Code"]: (r["SQLDATE"], r["DatePrecision"]) for r in rows}
    assert precision == {"RUS": ("20250703", "day"), "CHN": ("20250701", "month"), "USA": ("20250101", "year")}
    export(conn, "gdelt", out, safe_csv=False)
    assert "\t=cmd|" in out.read_text()


def test_dash_means_stdout(db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl", "-o", "-"])
    assert result.exit_code == 0 and not (tmp_path / "-").exists()
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3 and "wrote 3 events to stdout" in result.stderr


def test_parquet_has_dates_precision_lists_polarity_and_confidence(db, tmp_path):
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "e.parquet"
    export(connect(db), "parquet", out)
    table = pq.read_table(out)
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("documents").type == pa.list_(pa.string())
    assert table.schema.field("confidence").type == pa.float64()
    rows = {r["source_primary"]: r for r in table.to_pylist()}
    assert rows["CHN"]["date"] == dt.date(2025, 7, 1) and rows["CHN"]["date_precision"] == "month"
    assert rows["CHN"]["date_text"] == "2025-07" and rows["USA"]["date"] == dt.date(2025, 1, 1)
    assert rows["RUS"]["polarity"] == "asserted" and rows["RUS"]["confidence"] == 0.9
    assert rows["RUS"]["evidence"] == [EVIL] and isinstance(rows["RUS"]["urls"], list)
