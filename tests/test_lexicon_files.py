"""Extra rule files per run (--lexicon), the derived petrarch2.tsv and full-code agreement in eval."""

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.errors import KnowledgeBaseError
from dragoman.evaluate import GoldItem, Score, score_item
from dragoman.knowledge import DATA, load_knowledge

ROOT = Path(__file__).resolve().parent.parent
CAMEO = ROOT.parent / "shared" / "reference" / "petrarch2" / "CAMEO.2.0.txt"
HEADER = "id\tcode\tpattern\ttarget\tflags\texample\n"
# an invented verb, so that only the extra file can code it
RULE = "051/glorp\t051\tglorp+\tobj\t\tItaly glorped Spain. || ITA>ESP\n"


def _run(*args):
    return CliRunner().invoke(main, list(args))


def test_code_with_an_extra_rule_file(tmp_path):
    rules, text = tmp_path / "mine.tsv", tmp_path / "a.txt"
    rules.write_text(HEADER + RULE)
    text.write_text("Italy glorped Spain on Monday.\n")
    without = _run("code", str(text), "--published", "2024-06-12", "--format", "jsonl")
    assert without.exit_code == 0 and '"rule"' not in without.output
    result = _run("code", str(text), "--published", "2024-06-12", "--format", "jsonl", "--lexicon", str(rules))
    record = json.loads(result.output.splitlines()[0])
    assert (record["rule"], record["code"], record["target"]["primary"]) == ("051/glorp", "051", "ESP")


def test_lexicon_is_repeatable_and_a_later_file_redefines_a_rule(tmp_path):
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    first.write_text(HEADER + RULE)
    second.write_text(HEADER + RULE.replace("\t051\t", "\t057\t", 1))
    knowledge = load_knowledge((), (first, second), derived=False)
    rules = [r for r in knowledge.lexicon.rules if r.id == "051/glorp"]
    assert len(rules) == 1 and rules[0].code == "057"


def test_a_rule_id_twice_in_one_file_is_an_error(tmp_path):
    path = tmp_path / "a.tsv"
    path.write_text(HEADER + RULE + RULE)
    with pytest.raises(KnowledgeBaseError, match="duplicate rule id"):
        load_knowledge((), (path,))


def test_eval_and_ingest_take_the_extra_rule_file(tmp_path):
    rules, gold = tmp_path / "mine.tsv", tmp_path / "gold.jsonl"
    rules.write_text(HEADER + RULE)
    gold.write_text(json.dumps({"id": "g1", "published": "2024-06-12", "text": "Italy glorped Spain on Monday.",
                                "events": [{"source": "ITA", "target": "ESP", "root": "05", "code": "051",
                                            "date": "2024-06-10"}]}) + "\n")
    plain = json.loads(_run("eval", str(gold), "--format", "json").output)[str(gold)]
    extra = json.loads(_run("eval", str(gold), "--format", "json", "--lexicon", str(rules)).output)[str(gold)]
    assert plain["recall"] == 0.0 and extra["recall"] == 1.0 and extra["code_agreement"] == 1.0
    text = _run("eval", str(gold), "--lexicon", str(rules)).output
    assert "full-code agreement 1.000 (of 1)" in text
    db = tmp_path / "news.db"
    ingested = _run("ingest", "--db", str(db), "--lexicon", str(rules), str(gold))
    assert ingested.exit_code == 0, ingested.output
    assert "051" in _run("events", "--db", str(db)).output


def test_full_code_agreement_counts_matched_events_with_the_gold_code():
    item = GoldItem("i", dt.date(2024, 6, 12), "", [
        {"source": "DEU", "target": "FRA", "root": "04", "code": "042"},
        {"source": "FRA", "target": "DEU", "root": "04", "code": "043"},
        {"source": "ITA", "target": "ESP", "root": "05"}])
    total = Score()
    score_item(item, [(("DEU", "FRA", "04"), None, "042"), (("FRA", "DEU", "04"), None, "042"),
                      (("ITA", "ESP", "05"), None, "051")], total)
    assert total.recalled == 3 and total.coded == 2 and total.code_agreed == 1
    assert total.code_agreement == 0.5
    old_style = Score()  # (triple, date) pairs: no codes, no agreement counted
    score_item(item, [(("DEU", "FRA", "04"), None)], old_style)
    assert old_style.recalled == 1 and old_style.coded == 0


def test_derived_rules_ship_with_their_provenance_and_decisions():
    shipped = DATA / "lexicon" / "petrarch2.tsv"
    rows = [line.split("\t") for line in shipped.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(("#", "id\t"))]
    assert len(rows) >= 1000
    assert all(len(r) == 7 and r[6] == "petrarch2" and "/p2-" in r[0] and "||" in r[5] for r in rows)
    decisions = [line.split("\t") for line in (ROOT / "scripts" / "petrarch2_decisions.tsv")
                 .read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert {d[0] for d in decisions if d[1] == "keep"} == {r[0] for r in rows}
    assert all(int(d[4]) == 0 and int(d[5]) == 0 for d in decisions if d[1] == "keep")  # no false, no lost
    notice = (DATA / "NOTICE-petrarch2.txt").read_text(encoding="utf-8")
    assert "MIT License" in notice and "Open Event Data" in notice


def test_the_derived_rules_are_off_by_default_and_read_after_ours_when_named():
    from dragoman.knowledge import default_knowledge, lexicon_file

    assert all(r.source != "petrarch2" for r in default_knowledge().lexicon.rules)
    sources = [r.source for r in default_knowledge(lexicon_files=(lexicon_file("petrarch2"),)).lexicon.rules]
    first_derived = sources.index("petrarch2")
    assert "" not in sources[first_derived:] and first_derived >= 600


def test_shipped_derived_rules_are_the_scripts_output():
    if not CAMEO.is_file():
        pytest.skip("../shared/reference/petrarch2 is not beside the project")
    spec = importlib.util.spec_from_file_location("build_petrarch_rules", ROOT / "scripts" / "build_petrarch_rules.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build(CAMEO.parent.parent.parent) == (DATA / "lexicon" / "petrarch2.tsv").read_text(encoding="utf-8")
