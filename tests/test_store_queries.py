"""Queries over the store: events, timeline, relations, recognition; the same through the CLI."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.analysis import graphml, recognition, relations, timeline
from dragoman.cli import main
from dragoman.errors import StoreError
from dragoman.store import Filters, connect, count, events, ingest
from store_support import doc, event

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "examples"

ARTICLES = [
    ("2024-01-10", ["RUS 163 UKR 2024-01-09", "UKR 111 RUS 2024-01-09", "USA 057 UKR 2024-01-08"]),
    ("2024-01-11", ["RUS 163 UKR 2024-01-09"]),
    ("2024-02-20", ["UKR 111 RUS 2024-02-19", "RUS 190 UKR 2024-02-18"]),
    ("2025-07-04", ["RUS 054 AFG 2025-07-03"]),
    ("2025-07-10", ["RUS 054 AFG 2025-07 month", "CHN 051 AFG 2025-07-09"]),
]


def _coder(document):
    return [event(document.id, n, *line.split()[:4], *line.split()[4:5])
            for n, line in enumerate(document.text.splitlines()[1:], 1)]


@pytest.fixture
def store(tmp_path):
    conn = connect(tmp_path / "s.db")
    ingest(conn, [doc(f"Article {i}\n" + "\n".join(lines), published) for i, (published, lines) in enumerate(ARTICLES)],
           _coder, "v1")
    return conn, tmp_path / "s.db"


def _dyads(records):
    return [(r["source"]["primary"], r["code"], r["target"]["primary"]) for r in records]


def test_events_filter_by_source_target_actor_root_code(store):
    conn, _ = store
    assert _dyads(events(conn, Filters(source="RUS", target="UKR"))) == [("RUS", "163", "UKR"), ("RUS", "190", "UKR")]
    assert {r["target"]["primary"] for r in events(conn, Filters(actor="afg"))} == {"AFG"}
    assert _dyads(events(conn, Filters(root="05"))) == [("USA", "057", "UKR"), ("RUS", "054", "AFG"), ("CHN", "051", "AFG")]
    assert _dyads(events(conn, Filters(code="054"))) == [("RUS", "054", "AFG")]
    assert _dyads(events(conn, Filters(code="05", since="2024-01-01"))) == _dyads(events(conn, Filters(root="05")))
    assert events(conn, Filters(code="099")) == [] and count(conn, Filters(code="099")) == 0


def test_a_code_prefix_with_more_codes_than_are_listed_is_read_as_a_range(store, monkeypatch):
    import dragoman.store.queries as queries
    conn, _ = store
    listed = _dyads(events(conn, Filters(code="1")))
    monkeypatch.setattr(queries, "_FEW_CODES", 1)  # "1" has 163, 111 and 190 stored: too many to list
    assert _dyads(events(conn, Filters(code="1"))) == listed and count(conn, Filters(code="1")) == len(listed) >= 3


def test_events_filter_by_dates_and_text(store):
    conn, _ = store
    assert len(events(conn, Filters(since="2025-01-01"))) == 2
    assert _dyads(events(conn, Filters(until="2024-01-31", source="UKR"))) == [("UKR", "111", "RUS")]
    assert _dyads(events(conn, Filters(search="USA did 057"))) == [("USA", "057", "UKR")]


def test_events_are_clustered_by_default_and_reports_on_request(store):
    conn, _ = store
    assert len(events(conn)) == 7 and len(events(conn, reports=True)) == 9
    (sanctions,) = events(conn, Filters(code="163"))
    assert sanctions["mentions"] == 2 and len(sanctions["documents"]) == 2


def test_limit_and_offset_page_through_events(store):
    conn, _ = store
    first, second = events(conn, Filters(limit=3)), events(conn, Filters(limit=3, offset=3))
    assert len(first) == 3 and not {r["id"] for r in first} & {r["id"] for r in second}


def test_timeline_counts_both_directions_per_month_with_mean_goldstein(store):
    conn, _ = store
    result = timeline(conn, "RUS", "UKR")
    rows = {(p["period"], p["source"]): (p["events"], p["goldstein"]) for p in result["periods"]}
    assert rows == {("2024-01", "RUS"): (1, -8.0), ("2024-01", "UKR"): (1, 1.0),
                    ("2024-02", "RUS"): (1, -10.0), ("2024-02", "UKR"): (1, 1.0)}
    assert [p["events"] for p in timeline(conn, "RUS", "UKR", "year")["periods"]] == [2, 2]


def test_relations_sum_goldstein_over_the_window(store):
    conn, _ = store
    graph = relations(conn, "2024-03-01", window=365)
    edges = {(e["source"], e["target"]): (e["events"], e["goldstein"]) for e in graph["edges"]}
    assert edges[("RUS", "UKR")] == (2, -18.0) and ("RUS", "AFG") not in edges
    root = ET.fromstring(graphml(graph))
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert len(root.findall(f"{ns}graph/{ns}edge")) == len(graph["edges"])


def test_recognition_baseline_lists_russia_for_the_islamic_emirate():
    board = recognition(None, "AFG", "2025-07-20")
    russia = next(r for r in board if r["primary"] == "RUS")
    assert (russia["status"], russia["since"]) == ("recognizes", "2025-07-03")
    assert "2025-07-03" in russia["evidence"][0]["source"]
    assert not any(r["primary"] == "RUS" for r in recognition(None, "Islamic Emirate", "2025-07-01"))


def test_a_coded_recognition_adds_a_recognizer_from_its_date(tmp_path):
    conn = connect(tmp_path / "s.db")
    ingest(conn, [doc("A\nBLR 054 AFG 2025-09-01")], _coder, "v1")
    belarus = next(r for r in recognition(conn, "AFG", "2025-10-01") if r["primary"] == "BLR")
    assert belarus["status"] == "recognizes" and belarus["since"] == "2025-09-01"
    assert belarus["evidence"][0]["event"] == events(conn)[0]["id"]
    assert not any(r["primary"] == "BLR" for r in recognition(conn, "AFG", "2025-08-31"))


def test_a_break_or_a_recognition_of_the_rival_ends_a_recognition(tmp_path):
    conn = connect(tmp_path / "s.db")
    ingest(conn, [doc("A\nBLZ 054 CHN 2026-03-01"), doc("B\nRUS 161 AFG 2026-04-01")], _coder, "v1")
    before = {r["primary"]: r["status"] for r in recognition(conn, "TWN", "2026-02-01")}
    after = {r["primary"]: r["status"] for r in recognition(conn, "TWN", "2026-03-02")}
    assert before["BLZ"] == "recognizes" and after["BLZ"] == "withdrew"
    assert {r["primary"]: r["status"] for r in recognition(conn, "AFG", "2026-05-01")}["RUS"] == "no relations"


def test_the_board_table_cites_a_coded_event_before_the_baseline_fact(tmp_path):
    from dragoman.render_store import board_table
    conn = connect(tmp_path / "s.db")
    ingest(conn, [doc("A\nRUS 054 AFG 2025-07-03")], _coder, "v1")
    board = recognition(conn, "AFG", "2025-07-20")
    russia = next(r for r in board if r["primary"] == "RUS")
    assert [("fact" in e, "event" in e) for e in russia["evidence"]] == [(True, False), (False, True)]
    line = next(x for x in board_table(board, "AFG", "2025-07-20").splitlines() if x.startswith("RUS"))
    assert f"event {events(conn)[0]['id']}: RUS did 054" in line


def test_announced_recognitions_do_not_change_the_board(tmp_path):
    conn = connect(tmp_path / "s.db")
    ingest(conn, [doc("A")], lambda d: [event(d.id, 1, "BLR", "054", "AFG", "2025-09-01", modality="announced")], "v1")
    assert not any(r["primary"] == "BLR" for r in recognition(conn, "AFG", "2025-10-01"))


def test_a_change_dated_only_to_a_month_or_year_counts_once_it_is_sure():
    from dragoman.analysis.recognition import Baseline, Entity, Fact
    baseline = Baseline({"NEW": Entity("NEW", "New State", primary="NEW")}, (
        Fact("a", "NEW", "AAA", "recognizes", "1988-11-15"),
        Fact("b", "NEW", "BBB", "recognizes", "1988-11"),
        Fact("c", "NEW", "CCC", "recognizes", "1988"),
        Fact("d", "NEW", "CCC", "withdrew", "1995-06"),
    ), {})

    def board(day):
        return {r["primary"]: (r["status"], r["since"]) for r in recognition(None, "NEW", day, baseline)}
    assert board("1988-11-20") == {"AAA": ("recognizes", "1988-11-15")}
    assert board("1988-12-01") == {"AAA": ("recognizes", "1988-11-15"), "BBB": ("recognizes", "1988-11")}
    assert board("1989-01-01")["CCC"] == ("recognizes", "1988")
    assert board("1995-06-15")["CCC"] == ("recognizes", "1988")
    assert board("1995-07-01")["CCC"] == ("withdrew", "1995-06")


def test_shipped_baseline_is_consistent():
    from dragoman.analysis.recognition import load_baseline
    baseline = load_baseline()
    ids = [f.id for f in baseline.facts]
    assert len(ids) == len(set(ids))
    assert all(f.entity in baseline.entities for f in baseline.facts)
    assert all(f.recognizer in baseline.states for f in baseline.facts)
    assert all(f.source.strip() for f in baseline.facts)


def test_unknown_entity_is_a_clear_error():
    with pytest.raises(StoreError, match="unknown entity"):
        recognition(None, "Narnia", "2025-01-01")


# --- the same through the CLI ------------------------------------------------------------

def _cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_cli_ingest_prints_a_summary_and_is_idempotent(tmp_path):
    db = tmp_path / "cli.db"
    files = sorted(EXAMPLES.glob("*.txt"))
    first = _cli("ingest", "--db", db, *files)
    assert first.exit_code == 0, first.output
    assert "3 new, 0 already present, 0 skipped, 0 failed" in first.output
    again = _cli("ingest", "--db", db, *files)
    assert "0 new, 3 already present, 0 skipped, 0 failed, 0 events added" in again.output


def test_cli_ingest_reports_a_missing_file_and_stores_the_rest(tmp_path):
    db = tmp_path / "cli.db"
    result = _cli("ingest", "--db", db, tmp_path / "missing.txt", sorted(EXAMPLES.glob("*.txt"))[0])
    assert result.exit_code == 1 and "1 new" in result.output and "missing.txt: no such file" in result.output


FRENCH = ("La Russie a reconnu le gouvernement des talibans jeudi, une première depuis leur retour au pouvoir "
          "en 2021, selon le ministère des affaires étrangères à Moscou, qui a salué une décision historique "
          "pour les relations entre les deux pays et pour la stabilité de la région.\n")


def test_cli_ingest_counts_a_non_english_document_as_skipped_not_failed(tmp_path):
    french = tmp_path / "fr.txt"
    french.write_text(FRENCH, encoding="utf-8")
    result = _cli("ingest", "--db", tmp_path / "cli.db", french, sorted(EXAMPLES.glob("*.txt"))[0])
    assert result.exit_code == 0, result.output
    assert "1 new, 0 already present, 1 skipped (not English: 1), 0 failed" in result.stdout
    assert "fr.txt: is not in English" in result.stderr


def test_cli_ingest_prints_each_note_on_one_line_of_stderr(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Russia praised China on Tuesday for its r\u00f4le in the talks.\n".encode("cp1252"))
    result = _cli("ingest", "--db", tmp_path / "cli.db", latin)
    assert result.exit_code == 0, result.output
    (note,) = [line for line in result.stderr.splitlines() if "note:" in line]
    assert note.startswith("dragoman: note: ") and "latin.txt" in note and "Windows-1252" in note
    assert "1 new" in result.stdout and "note:" not in result.stdout


def test_cli_events_timeline_relations_recognition_export(store, tmp_path):
    _, db = store
    table = _cli("events", "--db", db, "--source", "RUS", "--target", "UKR")
    assert table.exit_code == 0 and "163" in table.output and "2 events" in table.output
    records = json.loads(_cli("events", "--db", db, "--reports", "--format", "json").output)
    assert len(records) == 9 and all("cluster_id" in r for r in records)
    assert "2024-01" in _cli("timeline", "RUS", "UKR", "--db", db).output
    graph = json.loads(_cli("relations", "--db", db, "--as-of", "2024-03-01").output)
    assert {"source": "RUS", "target": "UKR", "events": 2, "goldstein": -18.0} in graph["edges"]
    board = json.loads(_cli("recognition", "AFG", "--db", db, "--as-of", "2025-07-20", "--format", "json").output)
    assert {"primary": "RUS", "status": "recognizes", "since": "2025-07-03"}.items() <= board[0].items()
    out = tmp_path / "e.jsonl"
    assert "wrote 3 events" in _cli("export", "--db", db, "--format", "jsonl", "--output", out, "--root", "05").output


def test_cli_errors_are_one_line(tmp_path):
    result = _cli("events", "--db", tmp_path / "none.db")
    assert result.exit_code == 1 and "no store at" in result.output
    assert "not a YYYY-MM-DD date" in _cli("relations", "--db", tmp_path / "x.db", "--as-of", "July").output


def test_every_store_command_has_a_docstring_example():
    from dragoman.cli.store import COMMANDS
    for command in COMMANDS:
        assert "Example: dragoman " + command.name in command.help


@pytest.mark.parametrize("entity", ["PSE", "TWN", "XKX", "ESH"])
def test_the_tracker_kept_board_is_the_board_worked_out_afresh_on_every_date(entity):
    """The tracker keeps one board per epoch (dates between two turning points): on every turning
    point, the day before and the day after, it must equal the board worked out from scratch."""
    import datetime as dt

    from dragoman.analysis.recognition import Tracker, load_baseline
    baseline = load_baseline()
    tracker = Tracker(None, entity, baseline)
    days = set()
    for history in tracker.histories.values():
        for fact in history:
            for day in filter(None, (fact.known, fact.until)):
                if len(day) == 10:
                    d = dt.date.fromisoformat(day)
                    days |= {(d + dt.timedelta(days=k)).isoformat() for k in (-1, 0, 1)}
    assert len(days) > 20
    for day in sorted(days):
        assert tracker.board(day) == recognition(None, entity, day, baseline), day
    assert len(tracker._boards) < len(days)  # boards are shared between dates of one epoch
