"""Hostile input, rule one: a document's failure is that document's failure.

Each test feeds a poison document (or argument) beside good ones and asserts the
outcome: the error line, the rest of the batch stored, no traceback.
"""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.ingest import read_sources
from dragoman.ingest.text import clean_text, normalized_id
from dragoman.store import connect, count, documents, ingest, recent
from dragoman.store.schema import LATEST, version
from store_support import doc, line_coder

GOOD = "Sweden formally recognised Palestine on Thursday.\n"
OTHER = "Chile recalled its ambassador from Argentina on Monday.\n"


def run(*args, **kwargs):
    result = CliRunner().invoke(main, [str(a) for a in args], **kwargs)
    assert "Traceback" not in result.output and not isinstance(result.exception, (AssertionError, TypeError))
    return result


def test_events_dated_at_the_ends_of_the_calendar_are_stored_with_the_rest(tmp_path):
    conn = connect(tmp_path / "s.db")
    batch = [doc("A\nRUS 054 AFG 9999-12-31"), doc("B\nRUS 054 AFG 0001-01-01"), doc("C\nRUS 054 AFG 9999-12-30"),
             doc("D\nCHN 051 RUS 2025-07-03")]
    summary = ingest(conn, batch, line_coder, "v1")
    assert (summary.new, summary.failed) == (4, 0)
    assert count(conn, reports=True) == 4 and count(conn) == 3  # the two last days of 9999 are one event


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_published_at_the_ends_of_the_calendar_codes_and_ingests(tmp_path, day):
    (tmp_path / "a.txt").write_text("Sweden recognised Palestine yesterday. " + GOOD)
    coded = run("code", tmp_path / "a.txt", "--published", day, "--format", "jsonl")
    assert coded.exit_code == 0 and '"PSE"' in coded.output
    stored = run("ingest", "--db", tmp_path / "s.db", tmp_path / "a.txt", "--published", day)
    assert stored.exit_code == 0 and "1 new" in stored.output


def test_a_lone_surrogate_in_jsonl_is_replaced_and_the_file_goes_on(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "s", "title": "x\\udc80", "text": "Sweden recognised Palestine \\ud800 on Monday."}\n'
                    + json.dumps({"id": "g", "text": OTHER}) + "\n")
    result = run("ingest", "--db", tmp_path / "s.db", path, "--published", "2024-05-29")
    assert result.exit_code == 0 and "2 new" in result.output
    coded = run("code", path, "--published", "2024-05-29")
    assert coded.exit_code == 0 and "\ufffd" in coded.output and "ARG" in coded.output
    assert normalized_id("a\ud800b") == normalized_id("a\ud800b")  # no UnicodeEncodeError


def test_a_5000_digit_integer_is_that_lines_error_only(tmp_path):
    path = tmp_path / "d.jsonl"
    lines = [json.dumps({"id": 1, "text": GOOD}), '{"id": ' + "9" * 5000 + ', "text": "x"}']
    lines += [json.dumps({"id": n, "text": f"{OTHER} Peru voted {n} times."}) for n in range(2, 6)]
    path.write_text("\n".join(lines) + "\n")
    items = list(read_sources([str(path)], None))
    assert sum(not isinstance(i, Exception) for i in items) == 5
    [error] = [i for i in items if isinstance(i, Exception)]
    assert "d.jsonl:2" in str(error) and "number too long" in str(error)


def test_a_file_name_that_is_not_utf8_is_read_and_printed_escaped(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"bad\xff.txt"), "wb") as fh:
        fh.write(GOOD.encode())
    with open(os.path.join(folder, b"empty\xfe.txt"), "wb") as fh:
        fh.write(b"")
    result = run("ingest", "--db", tmp_path / "s.db", tmp_path, "--published", "2024-05-29")
    assert "1 new" in result.output and "empty\\xfe.txt" in result.stderr
    [stored] = documents(connect(tmp_path / "s.db"))
    assert stored["source"].endswith("bad\\xff.txt")


def test_terminal_escapes_in_a_file_name_are_never_echoed_raw(tmp_path):
    (tmp_path / "evil\x1b]0;pwned\x07\x1b[2J.txt").write_bytes(b"")
    result = run("code", tmp_path)
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "evil\\x1b]0;pwned\\x07\\x1b[2J.txt" in result.stderr and "empty" in result.stderr


def test_zero_width_joiners_inside_words_are_removed():
    assert clean_text("Peru con\u200ddemned Chile, Bolivia cri\u200cticised it") == \
        "Peru condemned Chile, Bolivia criticised it"
    assert clean_text("a family \U0001F468\u200d\U0001F469") == "a family \U0001F468\u200d\U0001F469"


def test_a_zwj_inside_a_verb_does_not_hide_the_event(tmp_path):
    (tmp_path / "a.txt").write_text("Peru con\u200ddemned Chile on Monday.\n")
    result = run("code", tmp_path / "a.txt", "--published", "2024-05-29", "--format", "jsonl")
    assert '"root": "11"' in result.output


@pytest.fixture
def store(tmp_path):
    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(OTHER)
    assert run("ingest", "--db", db, tmp_path / "a.txt", tmp_path / "b.txt", "--published", "2024-05-29").exit_code == 0
    return db


def test_since_the_first_day_and_a_huge_window_are_answered(store):
    assert run("events", "--db", store, "--since", "0001-01-01", "--until", "9999-12-31").exit_code == 0
    result = run("relations", "--db", store, "--as-of", "2024-06-01", "--window", "3652059")
    assert result.exit_code == 0 and '"SWE"' in result.output
    too_big = run("relations", "--db", store, "--as-of", "2024-06-01", "--window", "99999999")
    assert too_big.exit_code == 2 and "99999999" in too_big.output


def test_an_actor_that_is_not_utf8_is_a_clear_error(store):
    result = run("events", "--db", store, "--actor", "\udcff\udcfe")
    assert result.exit_code == 1 and "not valid UTF-8" in result.output


@pytest.mark.parametrize("line, words", [
    ('{"id": "XYZ", "name": "Xyzland", "aliases": [1, null]}', "'aliases' must be a list of strings"),
    ('{"id": "XYZ", "name": 5}', "'name' must be a string"),
])
def test_kb_files_with_names_that_are_not_strings_are_refused_by_line(tmp_path, line, words):
    (tmp_path / "kb.jsonl").write_text(line + "\n")
    (tmp_path / "a.txt").write_text(GOOD)
    result = run("code", tmp_path / "a.txt", "--kb", tmp_path / "kb.jsonl")
    assert result.exit_code == 1 and "kb.jsonl:1" in result.output and words in result.output


def test_a_coder_crash_on_one_document_is_recorded_and_the_batch_goes_on(tmp_path):
    conn = connect(tmp_path / "s.db")

    def brittle(document):
        if "poison" in document.text:
            raise RuntimeError("the coder tripped")
        return line_coder(document)
    summary = ingest(conn, [doc("A\nRUS 054 AFG 2025-07-03"), doc("poison\nRUS 054 AFG 2025-07-04", url="u"),
                            doc("C\nCHN 051 RUS 2025-07-03")], brittle, "v1", batch_size=1)
    assert (summary.new, summary.failed) == (2, 1)
    [failure] = recent(conn)
    assert failure.stage == "code" and "RuntimeError: the coder tripped" in failure.reason


def test_a_clustering_crash_is_recorded_at_the_cluster_stage(tmp_path, monkeypatch):
    import sys
    store_ingest = sys.modules["dragoman.store.ingest"]  # the module (the package exports the function)

    real = store_ingest.place

    def place(conn, reports, reported, *args):
        if any(r["source_primary"] == "BAD" for r in reports):
            raise ValueError("year 10000 is out of range")
        return real(conn, reports, reported, *args)
    monkeypatch.setattr(store_ingest, "place", place)
    conn = connect(tmp_path / "s.db")
    summary = ingest(conn, [doc("A\nRUS 054 AFG 2025-07-03"), doc("B\nBAD 054 AFG 2025-07-03"),
                            doc("C\nCHN 051 RUS 2025-07-03")], line_coder, "v1")
    assert (summary.new, summary.failed) == (2, 1) and count(conn, reports=True) == 2
    [failure] = recent(conn)
    assert failure.stage == "cluster" and "year 10000" in failure.reason


def test_dragoman_failures_lists_read_and_code_failures(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "a.txt").write_text(GOOD)
    db = tmp_path / "s.db"
    assert run("ingest", "--db", db, tmp_path, "--published", "2024-05-29").exit_code == 1
    listed = run("failures", "--db", db)
    assert listed.exit_code == 0 and "read" in listed.output and "empty.txt" in listed.output
    rows = [json.loads(line) for line in run("failures", "--db", db, "--format", "jsonl").output.splitlines()]
    assert rows[0]["stage"] == "read" and "empty" in rows[0]["reason"]
    assert run("failures", "--db", db, "--stage", "code").output.strip() == "no failures"


def test_an_unexpected_error_is_one_line_with_a_pointer_to_debug(tmp_path, monkeypatch):
    import dragoman.cli.admin as admin

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")
    monkeypatch.setattr(admin, "search_codes", broken, raising=False)
    monkeypatch.setattr("dragoman.analysis.names.search_codes", broken)
    result = run("codes")
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    assert "ZeroDivisionError" in line and "--debug" in line
    debug = CliRunner().invoke(main, ["--debug", "codes"])
    assert isinstance(debug.exception, ZeroDivisionError)


def test_a_schema_6_store_gets_the_failures_table_on_upgrade_to_8(tmp_path):
    path = tmp_path / "old.db"
    old = connect(path, schema=6)
    ingest(old, [doc("A\nRUS 054 AFG 2025-07-03")], line_coder, "v1")
    assert "failures" not in {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
    old.close()
    conn = connect(path)
    assert version(conn) == LATEST == 9 and count(conn) == 1
    ingest(conn, [doc("B\nRUS 054 AFG 2025-07-03"), ValueErrorInput()], line_coder, "v1")
    assert [f.stage for f in recent(conn)] == ["read"]


def ValueErrorInput():  # noqa: N802 - reads like the error it makes
    from dragoman.ingest import SourceError
    return SourceError("gone.txt", "no such file", "no such file")


def test_read_only_commands_never_migrate_and_say_how(tmp_path):
    path = tmp_path / "old.db"
    connect(path, schema=6).close()
    for args in (["events"], ["timeline", "RUS", "AFG"], ["relations"], ["failures"],
                 ["export", "--format", "csv", "-o", tmp_path / "x.csv"]):
        result = run(*args, "--db", path)
        assert result.exit_code == 1 and "dragoman migrate" in result.output, args
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 6
    assert "from schema version 6 to 9" in run("migrate", "--db", path).output
    assert run("events", "--db", path).exit_code == 0
