"""Actor resolution as of a date: the resolution table, the `actors` commands, user overlays."""

from __future__ import annotations

import dataclasses
import json
import time
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.errors import KnowledgeBaseError
from dragoman.knowledge import DATA, default_knowledge, load_knowledge
from dragoman.knowledge.actors import KnowledgeBase
from dragoman.knowledge.ambiguity import keep, load_cues
from dragoman.knowledge.overlays import load_agents, load_overlay, parse_actors
from dragoman.knowledge.resolve import resolve_text

HERE = Path(__file__).resolve().parent / "data"
OVERLAYS = HERE / "overlays"


def _table() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in (HERE / "resolution.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, date, primary, code = line.split("\t")
            rows.append((text, date, primary, code))
    return rows


TABLE = _table()


@pytest.fixture(scope="module")
def knowledge():
    return default_knowledge()


def test_the_resolution_table_has_at_least_300_cases():
    assert len(TABLE) >= 300


@pytest.mark.parametrize("text,date,primary,code", TABLE, ids=[f"{t}@{d}" for t, d, _, _ in TABLE])
def test_resolution_table(knowledge, text, date, primary, code):
    found = resolve_text(text, date, knowledge)
    if primary == "[]":
        assert found == [], f"{text!r} should denote nothing, got {[a.code for a in found]}"
        return
    assert found, f"{text!r} denotes nothing on {date}"
    assert found[0].primary == primary
    if code != "-":
        assert found[0].code == code


def test_an_office_holder_is_named_with_the_office_held_on_the_date(knowledge):
    [biden] = resolve_text("Joe Biden", "2014-05-01", knowledge)
    assert biden.name == "Joe Biden (vice president)"
    [biden] = resolve_text("Joe Biden", "2022-05-01", knowledge)
    assert biden.name == "Joe Biden (president)"


def test_a_description_alone_resolves_to_nothing_but_through_coreference_it_does(knowledge):
    assert resolve_text("the kingdom", "2024-01-01", knowledge) == []
    assert [a.primary for a in resolve_text("Jordan closed its border. The kingdom said no.",
                                            "2024-01-01", knowledge)] == ["JOR"]


# --- ambiguity cues ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,name,kept", [
    ("Atlanta , Georgia", "Georgia", False),
    ("the US state of Georgia", "Georgia", False),
    ("Georgia 's governor Brian Kemp", "Georgia", False),
    ("Georgia recalled its envoy", "Georgia", True),
    ("Michael Jordan scored", "Jordan", False),
    ("Jordan Peterson spoke", "Jordan", False),
    ("Jordan closed its border", "Jordan", True),
    ("Neighbouring Jordan closed its border", "Jordan", True),
    ("Jordan President", "Jordan", True),
    ("Chad Smith spoke", "Chad", False),
    ("Chad President Mahamat", "Chad", True),
    ("the Washington Post reported", "Washington", False),
    ("Paris Hilton arrived", "Paris", False),
    ("Turkey dinner", "Turkey", False),
    ("Niger Delta militants", "Niger", False),
    ("Gulf of Guinea", "Guinea", False),
])
def test_context_cues_decide_an_ambiguous_name(sentence, name, kept):
    toks = sentence.split()
    i = toks.index(name)
    assert keep(toks, i, i + 1, {}) is kept


def test_a_malformed_cue_file_names_file_and_line(tmp_path):
    path = tmp_path / "cues.tsv"
    path.write_text("# cues\nGeorgia\tbeside\tAtlanta\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"cues.tsv:2: 'where' must be"):
        load_cues(path)


# --- the shipped data ----------------------------------------------------------------------

def test_every_shipped_actor_id_is_unique_across_files():
    seen: dict[str, str] = {}
    for name in ("states.jsonl", "igos.jsonl", "groups.jsonl", "persons.jsonl"):
        for line in (DATA / "actors" / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert record["id"] not in seen, f"{record['id']} in {name} and {seen.get(record['id'])}"
            seen[record["id"]] = name


def test_the_actor_knowledge_base_loads_fast():
    started = time.process_time()  # CPU time: a loaded machine stretches wall time, not this
    KnowledgeBase.from_dir(DATA / "actors")
    assert time.process_time() - started < 2.0  # measured about 0.17 s; generous for CI


def test_the_full_knowledge_loads_in_little_memory():
    tracemalloc.start()
    try:
        load_knowledge()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 150 * 1024 * 1024  # measured about 20 MB


# --- the actors commands -------------------------------------------------------------------

def invoke(*args: str):
    return CliRunner().invoke(main, ["actors", *args])


def test_resolve_prints_json_objects_with_the_documented_fields():
    result = invoke("resolve", "Joe Biden", "--date", "2014-05-01", "--format", "json")
    assert result.exit_code == 0, result.output
    [actor] = json.loads(result.output)
    assert set(actor) == {"id", "primary", "code", "role", "name", "valid_from", "valid_to"}
    assert (actor["id"], actor["code"]) == ("PER.BIDEN_JOE", "USAGOV")


def test_resolve_of_unknown_text_prints_an_empty_list():
    result = invoke("resolve", "xyzzy", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output) == []


def test_resolve_prints_a_table_best_first():
    result = invoke("resolve", "Taliban", "--date", "2019-06-01")
    assert result.exit_code == 0
    header, first = result.output.splitlines()[:2]
    assert header.split()[:3] == ["id", "primary", "code"]
    assert first.split()[:3] == ["TALIBAN", "AFG", "AFGINS"]


def test_resolve_rejects_a_bad_date():
    result = invoke("resolve", "Chad", "--date", "June 2024")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_list_filters_by_type_and_country():
    result = invoke("list", "--type", "group", "--country", "afg", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert "TALIBAN" in {r["id"] for r in rows}
    assert {r["type"] for r in rows} == {"group"}


def test_list_of_states_counts_them():
    result = invoke("list", "--type", "state")
    assert result.exit_code == 0
    assert result.output.rstrip().endswith("257 actors")


def test_show_prints_the_record_and_what_it_is_on_the_date():
    result = invoke("show", "HTS", "--date", "2025-01-01")
    assert result.exit_code == 0
    shown = json.loads(result.output)
    assert shown["record"]["id"] == "HTS"
    assert shown["as_of"]["actor"]["code"] == "SYRGOV"


def test_show_of_an_unknown_id_fails_with_a_hint():
    result = invoke("show", "NO_SUCH_ACTOR")
    assert result.exit_code == 1
    assert "dragoman actors list" in result.output


def test_every_actors_command_has_a_docstring_with_an_example():
    from dragoman.cli.actors import actors

    for name, command in actors.commands.items():
        assert "Example: dragoman actors " + name in (command.help or ""), name


# --- user overlays -------------------------------------------------------------------------

def overlay_kb(*names: str) -> KnowledgeBase:
    return KnowledgeBase.from_dir(DATA / "actors", [OVERLAYS / n for n in names])


def first(kb: KnowledgeBase, text: str, date: str):
    """The best actor for ``text`` on ``date`` through the real stages, with ``kb`` as knowledge base."""
    found = resolve_text(text, date, dataclasses.replace(default_knowledge(), kb=kb))
    return found[0] if found else None


def test_a_yaml_overlay_overrides_a_shipped_actor_and_adds_one():
    kb = overlay_kb("user.yaml")
    assert first(kb, "Taliban", "2019-06-01").code == "AFGGOV"
    assert kb.records["TALIBAN"]["name"] == "Taliban (user)"
    assert first(kb, "Ruritanian troops", "2024-01-01").code == "RURITANIAMIL"
    assert first(kb, "Strelsau", "2024-01-01").code == "RURITANIAGOV"


def test_a_csv_overlay_adds_a_person_with_offices_and_replaces_another():
    kb = overlay_kb("user.csv")
    assert first(kb, "Rudolf Rassendyll", "2021-06-01").code == "RUSGOV"
    assert first(kb, "Rassendyll", "2024-06-01").code == "GBRGOV"
    assert first(kb, "Vladimir Putin", "2024-06-01").code == "RUS"  # the user's record has one office
    assert first(kb, "Vladimir Putin", "1999-10-01").code == "RUSGOV"
    assert first(kb, "Red Hand brigade", "2024-06-01").code == "ZZZINS"


def test_a_jsonl_overlay_overrides_and_extends():
    kb = overlay_kb("user.jsonl")
    assert first(kb, "Hamas", "2024-06-01").code == "PSEGOV"
    assert first(kb, "Black Elephant Brigade", "2024-06-01").code == "TGOREB"


def test_a_user_name_shared_with_a_shipped_actor_of_the_same_kind_resolves_to_the_users(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text('{"id": "PER.ANOTHER_PUTIN", "type": "person", "name": "Ivan Putin", "aliases": ["Putin"],'
                    ' "country": "BLR", "offices": []}\n', encoding="utf-8")
    kb = KnowledgeBase.from_dir(DATA / "actors", [path])
    assert first(kb, "Putin", "2024-06-01").id == "PER.ANOTHER_PUTIN"
    assert first(kb, "Vladimir Putin", "2024-06-01").code == "RUSGOV"


def test_the_petrarch_actors_import_makes_states_bodies_and_dated_persons():
    records = {r["id"]: r for r in load_overlay(OVERLAYS / "sample.actors")}
    ruritania = records["PETRARCH.RURITANIA"]
    assert (ruritania["type"], ruritania["primary"], ruritania["aliases"]) == ("state", "RUR", ["Ruritania", "Ruritanian"])
    assert records["PETRARCH.KREMLIN_WATCHERS"]["code"] == "RUSMED"
    assert records["PETRARCH.ZENDA_PACT"]["type"] == "igo"
    person = records["PETRARCH.RUDOLF_RASSENDYLL"]
    assert person["offices"] == [
        {"title": "RURGOV", "primary": "RUR", "role": "GOV", "from": "2020-01-01", "to": "2022-12-31"},
        {"title": "RURMIL", "primary": "RUR", "role": "MIL", "from": "2023-01-01", "to": None}]
    kb = overlay_kb("sample.actors")
    assert first(kb, "Rassendyll", "2021-01-01").code == "RURGOV"
    assert first(kb, "Rassendyll", "2024-01-01").code == "RURMIL"
    assert first(kb, "Ruritania", "2024-01-01").primary == "RUR"


def test_the_petrarch_agents_import_adds_role_nouns():
    roles = {(r.phrase, r.role, r.kind) for r in load_agents(OVERLAYS / "sample.agents")}
    assert {("gendarme", "COP", "person"), ("gendarmes", "COP", "group"), ("bailiffs", "JUD", "group")} <= roles
    knowledge = load_knowledge((OVERLAYS / "sample.agents",))
    assert [a.code for a in resolve_text("Russian gendarmes", "2024-01-01", knowledge)] == ["RUSCOP"]


def test_overlays_work_through_the_command_line():
    result = invoke("resolve", "Rassendyll", "--date", "2024-01-01", "--format", "json",
                    "--kb", str(OVERLAYS / "sample.actors"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["code"] == "RURMIL"


@pytest.mark.parametrize("name,where", [
    ("bad.csv", "bad.csv:3"), ("bad.jsonl", "bad.jsonl:2"), ("bad.yaml", "bad.yaml:"),
    ("bad.actors", "bad.actors:3"), ("bad.agents", "bad.agents:2"),
])
def test_a_malformed_user_file_names_file_and_line(name, where):
    loader = load_agents if name.endswith(".agents") else load_overlay
    with pytest.raises(KnowledgeBaseError) as info:
        loader(OVERLAYS / name)
    assert where in str(info.value)
    assert info.value.line is not None


def test_an_unknown_overlay_suffix_is_refused(tmp_path):
    path = tmp_path / "actors.xml"
    path.write_text("<actors/>", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="unknown actor file type"):
        load_overlay(path)


def test_a_bad_overlay_gives_a_one_line_cli_error():
    result = invoke("resolve", "Chad", "--kb", str(OVERLAYS / "bad.csv"))
    assert result.exit_code == 1
    assert "bad.csv:3" in result.output


def test_tabari_six_digit_years_are_1950_to_2049():
    [record] = parse_actors("OLD_KING_ [RURGOV 990101-050630]\n", "t.actors")
    assert (record["offices"][0]["from"], record["offices"][0]["to"]) == ("1999-01-01", "2005-06-30")
