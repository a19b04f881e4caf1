"""Careless use of the commands: names where codes go, bad codes, silent caps, missing dates."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.store import connect, ingest
from store_support import doc, line_coder


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "s.db"
    conn = connect(path)
    today = dt.date.today().isoformat()
    docs = [doc(f"D{i}\nRUS 054 AFG {dt.date(2020, 1, 1) + dt.timedelta(days=10 * i)}") for i in range(120)]
    docs += [doc(f"E{i}\nUSA 161 CHN {today}") for i in range(3)]
    ingest(conn, docs, line_coder, "v1")
    conn.execute("UPDATE events SET evidence_text = 'The U.S. and al-Shabaab: Xi''s view.' WHERE source_primary = 'USA'")
    conn.execute("DELETE FROM evidence_fts")
    conn.execute("INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild')")
    conn.execute("UPDATE evidence SET text = 'The U.S. and al-Shabaab: Xi''s view.' WHERE id IN "
                 "(SELECT evidence_id FROM events WHERE source_primary = 'USA')")
    conn.execute("INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild')")
    conn.close()
    return path


def _jsonl(result):
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_actor_names_work_wherever_an_actor_goes(db):
    by_code = _jsonl(run("events", "--db", db, "--actor", "RUS", "--format", "jsonl"))
    by_name = _jsonl(run("events", "--db", db, "--actor", "Russia", "--format", "jsonl"))
    assert len(by_name) == len(by_code) > 0
    assert len(_jsonl(run("events", "--db", db, "--source", "russia", "--target", "Afghanistan",
                          "--format", "jsonl"))) == len(by_code)
    timeline = json.loads(run("timeline", "Russia", "Afghanistan", "--db", db, "--format", "json").output)
    assert sum(p["events"] for p in timeline["periods"]) == len(by_code)


def test_an_unknown_actor_is_an_error_with_suggestions(db):
    result = run("events", "--db", db, "--actor", "Rusia")
    assert result.exit_code == 1 and "no actor known as 'Rusia'" in result.output and "Russia" in result.output
    assert run("timeline", "Atlantis", "RUS", "--db", db).exit_code == 1


@pytest.mark.parametrize("args, words", [(["--root", "99"], "not a CAMEO root"), (["--root", "x5"], "not a CAMEO root"),
                                         (["--code", "999"], "not a CAMEO code"), (["--code", "05a"], "not a CAMEO code")])
def test_bad_codes_and_roots_are_errors(db, args, words):
    result = run("events", "--db", db, *args)
    assert result.exit_code == 1 and words in result.output


def test_root_5_means_05(db):
    assert len(_jsonl(run("events", "--db", db, "--root", "5", "--format", "jsonl"))) == \
        len(_jsonl(run("events", "--db", db, "--root", "05", "--format", "jsonl"))) > 0


def test_events_says_what_it_cut_and_programs_get_everything(db):
    total = len(_jsonl(run("events", "--db", db, "--format", "jsonl")))
    assert total > 100  # JSON Lines are not capped by default
    table = run("events", "--db", db)
    assert f"100 of {total} shown (use --limit or --all)" in table.stderr
    assert "shown" not in run("events", "--db", db, "--all").stderr
    csv_rows = run("events", "--db", db, "--format", "csv").output.strip().splitlines()
    assert len(csv_rows) == total + 1
    assert len(_jsonl(run("events", "--db", db, "--format", "jsonl", "--limit", "7"))) == 7


def test_relations_defaults_to_today_and_has_a_table_with_names(db):
    graph = json.loads(run("relations", "--db", db, "--window", "2").output)
    assert graph["as_of"] == dt.date.today().isoformat()
    assert [(e["source"], e["target"]) for e in graph["edges"]] == [("USA", "CHN")]
    table = run("relations", "--db", db, "--as-of", "2022-12-31", "--format", "table")
    assert "RUS (Russia)" in table.output and "AFG (Afghanistan)" in table.output and "pair" in table.output


def test_codes_lists_and_searches_the_codebook():
    everything = run("codes").output.splitlines()
    assert len(everything) > 200
    found = run("codes", "recogni").output
    assert "054" in found and "Grant diplomatic recognition" in found
    assert "no code matches" in run("codes", "zzzz").output
    assert all(r["code"].startswith("05") for r in _jsonl(run("codes", "05", "--format", "jsonl")))


@pytest.mark.parametrize("words", ["U.S.", "al-Shabaab", "Xi's", "u.s. view"])
def test_search_finds_punctuated_words(db, words):
    found = _jsonl(run("events", "--db", db, "--search", words, "--format", "jsonl"))
    assert found and all(r["source"]["primary"] == "USA" for r in found)


def test_search_of_punctuation_alone_is_an_error(db):
    result = run("events", "--db", db, "--search", "...")
    assert result.exit_code == 1 and "at least one word" in result.output


def test_ingest_progress_on_request_anywhere(tmp_path):
    (tmp_path / "a.txt").write_text("Peru condemned Chile on Monday.")
    result = run("ingest", "--db", tmp_path / "s.db", tmp_path / "a.txt", "--progress")
    assert result.exit_code == 0


def test_ingest_help_names_what_ingest_reads():
    text = run("ingest", "--help").output
    for suffix in (".txt", ".html", ".rss", ".atom", ".xml", ".jsonl", ".gz", "--allow-network"):
        assert suffix in text
