"""The PETRARCH/TABARI verb dictionary importer, on a small dictionary of ours in that format."""

import datetime as dt

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.coder import code_document, context
from dragoman.ingest.text import document_from_text
from dragoman.knowledge import DATA, load_knowledge
from dragoman.knowledge.inflect import load_irregulars
from dragoman.knowledge.petrarch_verbs import import_verb_dictionary, rules_tsv

SAMPLE = """\
# A verb dictionary written for these tests, in PETRARCH's format.
&SUPPLIES
+BLANKET
+TENT
+MEDICINE_
+WATER_PURIFIER

&TALKS_
+TALKS
+NEGOTIATIONS

####### VERB PATTERNS #######

---  FLY   [---]  ---
FLY {FLIES FLEW FLOWN FLYING}
AIRLIFT
- * &SUPPLIES                        [073]       # AIRLIFT
- * (TO)                             [042:043]   # FLY

---  SCOLD   [111]  ---
SCOLD
REBUKE  # a comment after a verb
+TICK_OFF {+TICKED_OFF +TICKS_OFF +TICKING_OFF}
- * (IN PROTEST)                     [111]       # SCOLD

---  PROTEST   [140]  ---
PROTEST
- * (AGAINST DECISION)               [114]       # PROTEST

---  BREAK   [---]  ---
BREAK {BREAKS BROKE BROKEN BREAKING}
- * OFF &TALKS_                      [164]       # BREAK

---  APPEAL   [020]  ---
APPEAL
PLEAD
- * (FOR &SUPPLIES)                  [0233]      # APPEAL
- LEADERS * (FOR CALM)               [0256]      # APPEAL
- * (TO) $                           [020]       # PLEAD
- * &BOGUS                           [020]       # APPEAL
- * (TO REASON)                      [---]       # APPEAL
~ a (a b APPEAL) SAY = a b 020
"""


@pytest.fixture(scope="module")
def imported():
    irregulars = load_irregulars(DATA / "lexicon" / "irregular.tsv")
    rules, report = import_verb_dictionary(SAMPLE, irregulars)
    return {r.id: r for r in rules}, report


def test_a_verb_block_with_a_code_gives_one_rule_per_verb(imported):
    rules, _ = imported
    assert {"111/p2-scold", "111/p2-rebuke", "111/p2-tick-off", "020/p2-appeal", "020/p2-plead"} <= set(rules)
    assert rules["111/p2-scold"].pattern == "scold+" and rules["111/p2-scold"].target == "obj"
    assert rules["111/p2-tick-off"].pattern == "tick+ off"  # the '+' word is the verb, the rest follows it
    assert not any(r.endswith(("p2-fly", "p2-airlift", "p2-break")) for r in rules)  # [---]: no event


def test_a_pattern_applies_to_the_whole_synonym_block(imported):
    rules, _ = imported
    head = rules["073/p2-fly-1"].pattern.split()[0].split("|")
    assert "fly+" in head and "airlift+" in head


def test_a_noun_synset_becomes_alternatives_and_multi_word_members_are_counted(imported):
    rules, report = imported
    rule = rules["073/p2-fly-1"]
    assert rule.pattern.split()[1:] == ["*", "blanket~|tent~|medicine"]  # MEDICINE_: no plural
    assert report.narrowed["multi-word or non-word synset members left out"] >= 1


def test_a_particle_follows_the_verb_without_a_gap(imported):
    rules, _ = imported
    assert rules["164/p2-break-1"].pattern == "break+ off * talks|negotiations"


def test_a_preposition_with_its_object_and_an_empty_preposition_as_target(imported):
    rules, _ = imported
    assert rules["0233/p2-appeal-1"].pattern == "appeal+|plead+ for * blanket~|tent~|medicine"
    assert rules["0233/p2-appeal-1"].target == "obj"
    visit = rules["042/p2-fly-2"]
    assert visit.pattern.endswith("+ to") and visit.target == "prep:to"  # a first PP follows the verb


def test_what_cannot_be_expressed_is_reported_by_reason(imported):
    rules, report = imported
    assert report.skipped["pattern: words before the verb (a subject or auxiliary)"] == 1
    assert report.skipped["pattern: source or compound marker after the verb"] == 1
    assert report.skipped["pattern: undefined synset"] == 1
    assert report.skipped["pattern: null code (no event)"] == 1
    assert report.skipped["verb-verb transformation (~)"] == 1
    assert report.skipped["verb: null code (no event)"] == 3  # fly, airlift, break
    assert report.narrowed["reverse code of [a:b] left out"] == 1
    assert report.derived == len(rules) == 12
    text = report.text()
    assert "derived 12 rules" in text and "undefined synset" in text and "e.g. * &BOGUS" in text


def test_a_verb_the_dictionary_also_uses_as_a_noun_is_written_out(imported, tmp_path):
    rules, _ = imported
    assert rules["140/p2-protest"].pattern == "protested|protesting"  # not "protest" ("in protest at")
    assert rules["114/p2-protest-1"].pattern == "protested|protesting against * decision|decisions"
    assert rules["111/p2-scold-1"].pattern == "scold+|rebuke+ in * protest~"  # no nouns: lemmas stay
    path = tmp_path / "mine.tsv"
    path.write_text(rules_tsv(list(rules.values())), encoding="utf-8")
    loaded = {r.id: r for r in load_knowledge((), (path,), derived=False).lexicon.rules}
    protest = loaded["114/p2-protest-1"]
    assert protest.verb and "protest" in protest.bases and "protested" in protest.participles
    assert protest.head == 0  # the verb is still the trigger


def test_noted_mode_applies_a_pattern_to_its_commented_verb_only():
    irregulars = load_irregulars(DATA / "lexicon" / "irregular.tsv")
    rules, _ = import_verb_dictionary(SAMPLE, irregulars, noted=True)
    by_id = {r.id: r for r in rules}
    assert by_id["073/p2-fly-1"].pattern.startswith("airlift+ ")
    assert by_id["0233/p2-appeal-1"].pattern.startswith("appeal+ ")


def test_codes_outside_the_codebook_are_skipped():
    irregulars = load_irregulars(DATA / "lexicon" / "irregular.tsv")
    rules, report = import_verb_dictionary(SAMPLE, irregulars, codes=frozenset({"111"}))
    assert {r.code for r in rules} == {"111"}
    assert report.skipped["code not in the codebook"] == 8


def test_imported_rules_load_record_their_source_and_code_their_examples(imported, tmp_path):
    rules, _ = imported
    path = tmp_path / "mine.tsv"
    path.write_text(rules_tsv(list(rules.values()), "test rules"), encoding="utf-8")
    knowledge = load_knowledge((), (path,), derived=False)
    loaded = {r.id: r for r in knowledge.lexicon.rules if r.id in rules}
    assert len(loaded) == len(rules) and {r.source for r in loaded.values()} == {"petrarch2"}
    ctx = context(knowledge)
    doc = code_document(document_from_text("Japan flew tents to Turkey on Monday.", dt.date(2024, 6, 12)), ctx)
    assert [(e.source.primary, e.code, e.target.primary, e.rule) for e in doc.events] == \
        [("JPN", "073", "TUR", "073/p2-fly-1")]
    for rule in loaded.values():  # the generated example is coded (by it, or by our rule of its code)
        sentence, pair = rule.example.split("||")
        events = code_document(document_from_text(sentence.strip(), dt.date(2024, 6, 12)), ctx).events
        assert any(e.code == rule.code and f"{e.source.primary}>{e.target.primary}" == pair.strip()
                   for e in events), rule.id


def test_cli_import_writes_rules_and_reports_on_stderr(tmp_path):
    dictionary, out = tmp_path / "mine.verbs", tmp_path / "rules.tsv"
    dictionary.write_text(SAMPLE, encoding="latin-1")
    result = CliRunner().invoke(main, ["lexicon", "import-petrarch", str(dictionary), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in out.read_text().splitlines() if not line.startswith("#")]
    assert lines[0] == ["id", "code", "pattern", "target", "flags", "example", "source"]
    assert len(lines) == 13 and all(row[6] == "petrarch2" for row in lines[1:])
    assert "undefined synset" in result.output  # the report
    to_stdout = CliRunner().invoke(main, ["lexicon", "import-petrarch", str(dictionary), "--source", "mine"])
    assert "164/p2-break-1\t164\tbreak+ off * talks|negotiations\tobj\t" in to_stdout.output
    assert "\tmine\n" in to_stdout.output
