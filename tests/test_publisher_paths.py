"""The publisher's paths through the store and the CLI, and odd publisher input (review of issue 11):
a store of schema 8 upgraded without loss, a recode that keeps the outlet, `dragoman ingest` of a
page and a feed storing it, and odd fields that never hang or crash. Outlet names are made up."""

import datetime as dt
import json
import time

from click.testing import CliRunner

from dragoman.cli import main
from dragoman.errors import KnowledgeBaseError
from dragoman.ingest.jsonl import line_document
from dragoman.ingest.text import PUBLISHER_LENGTH, document_from_text
from dragoman.knowledge.publishers import load_publishers
from dragoman.store import connect, ingest, recode

DAY = dt.date(2025, 3, 12)
ROLES_ONLY = "Three masked gunmen on a pickup shot dead two customs officers."


def _code(ctx):
    from dragoman.coder import code_document

    return lambda document: code_document(document, ctx).events


def test_a_schema_8_store_is_upgraded_keeping_its_documents_and_events(tmp_path, ctx):
    path = tmp_path / "old.db"
    old = connect(path, schema=8)
    ingest(old, [document_from_text(ROLES_ONLY + " Russia condemned Ukraine.", DAY)], _code(ctx), "v1")
    before = old.execute("SELECT count(*) FROM events").fetchone()[0]
    assert old.execute("PRAGMA user_version").fetchone()[0] == 8 and before
    old.close()
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 9
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert conn.execute("SELECT publisher, kb_version FROM documents").fetchone()[:] == (None, "v1")
    ingest(conn, [document_from_text(ROLES_ONLY, DAY, publisher="Kenya Herald")], _code(ctx), "v1")
    assert conn.execute("SELECT count(*) FROM documents WHERE publisher = 'Kenya Herald'").fetchone()[0] == 1


def test_a_recode_keeps_the_publisher_and_reads_its_state_again(tmp_path, ctx):
    conn = connect(tmp_path / "s.db")
    ingest(conn, [document_from_text(ROLES_ONLY, DAY, publisher="Kenya Herald")], _code(ctx), "v1")
    first = conn.execute("SELECT source_id FROM events").fetchall()
    assert first and all(r[0] == "PUBLISHER:KEN" for r in first)
    summary = recode(conn, _code(ctx), "v2", everything=True)
    assert summary.new == 1 and not summary.errors
    assert conn.execute("SELECT publisher, kb_version FROM documents").fetchone()[:] == ("Kenya Herald", "v2")
    assert [r[0] for r in conn.execute("SELECT source_id FROM events")] == [r[0] for r in first]


def test_cli_ingest_of_a_page_and_a_feed_stores_their_outlets(tmp_path):
    body = "Police fired tear gas at traders in the market on Monday. " * 5
    (tmp_path / "a.html").write_text('<html><head><meta property="og:site_name" content="Radio Kisumu">'
                                     f"<title>t</title></head><body><article><p>{body}</p></article></body></html>",
                                     encoding="utf-8")
    (tmp_path / "f.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Lake Basin Radio'
                                    "</title><item><title>t</title><link>https://lake.example/a</link><description>"
                                    "Soldiers fired on traders at a market.</description></item></channel></rss>",
                                    encoding="utf-8")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(tmp_path / "a.html"), str(tmp_path / "f.rss")])
    assert result.exit_code == 0, result.output
    stored = {r[0] for r in connect(db).execute("SELECT publisher FROM documents")}
    assert stored == {"Radio Kisumu", "Lake Basin Radio"}


def test_odd_publisher_fields_are_read_or_left_out():
    def read(value):
        return line_document(json.dumps({"text": "Police fired.", "publisher": value}), "f:1", None).publisher

    assert read(7) is None and read(True) is None and read([1, None]) is None and read("  ") is None
    assert read(["Kenya  Herald ", " ", 3]) == "Kenya Herald"  # white space folded
    assert len(read("Herald " * 1000)) == PUBLISHER_LENGTH
    assert document_from_text("Police fired.", publisher="\t \n").publisher is None


def test_a_run_of_white_space_in_a_publisher_does_not_hang(ctx):
    start = time.monotonic()
    for name in (" " * 50_000 + "x", "\t" * 50_000, "Kenya" + " " * 50_000 + "- French"):
        assert ctx.publishers.home(name, None, ctx.kb, ctx.gazetteer) in (None, "KEN")
    assert time.monotonic() - start < 2  # was quadratic in the run's length: seconds for 20,000 spaces


def test_a_table_row_without_a_country_names_its_file_and_line(tmp_path):
    path = tmp_path / "publishers.tsv"
    path.write_text("id\tname\taliases\tdomains\tcountry\nok\tKenya Herald\t\t\tKEN\nshort\tBeacon\n",
                    encoding="utf-8")
    try:
        load_publishers(path)
    except KnowledgeBaseError as exc:
        assert "publishers.tsv" in str(exc) and "3" in str(exc)
    else:
        raise AssertionError("a row without a country was read")


def test_the_python_api_takes_a_publisher_and_a_url():
    import dragoman

    assert not any(e.source.primary == "KEN" for e in dragoman.code(ROLES_ONLY, "2025-03-12"))
    for given in ({"publisher": "Kenya Herald"}, {"url": "https://www.example.co.ke/a"}):
        events = dragoman.code(ROLES_ONLY, "2025-03-12", **given)
        assert events and all(e.source.id == "PUBLISHER:KEN" for e in events), given


def test_a_header_without_a_needed_column_names_its_line(tmp_path):
    path = tmp_path / "publishers.tsv"
    path.write_text("# outlets\n# more\n# columns: id\tname\taliases\tcountry\nok\tKenya Herald\t\tKEN\n",
                    encoding="utf-8")
    try:
        load_publishers(path)
    except KnowledgeBaseError as exc:
        assert exc.line == 3 and "domains" in str(exc)
    else:
        raise AssertionError("a header without 'domains' was read")
