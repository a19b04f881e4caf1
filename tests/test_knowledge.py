import csv
import dataclasses

import pytest

from dragoman.errors import KnowledgeBaseError
from dragoman.knowledge import DATA, default_knowledge
from dragoman.knowledge.actors import load_records
from dragoman.knowledge.codebook import load_codebook
from dragoman.knowledge.inflect import load_irregulars, noun_forms, verb_forms
from dragoman.knowledge.lexicon import load_lexicon
from dragoman.model import Event

IRREGULARS = load_irregulars(DATA / "lexicon" / "irregular.tsv")


def test_codebook_covers_every_root_with_its_general_code():
    codes = load_codebook(DATA / "cameo" / "codebook.tsv")
    for root in range(1, 21):
        assert f"{root:02d}0" in codes


def test_codebook_entries_are_consistent():
    for code in load_codebook(DATA / "cameo" / "codebook.tsv").values():
        assert code.code.startswith(code.root)
        assert -10 <= code.goldstein <= 10 and code.quad in (0, 1, 2, 3, 4)
        assert code.plover and code.label


def test_an_event_takes_its_code_fields_from_the_codebook_entry():
    entry = load_codebook(DATA / "cameo" / "codebook.tsv")["145"]
    fields = entry.event_fields()
    assert set(fields) <= {f.name for f in dataclasses.fields(Event)}
    assert fields["code"] == "145" and fields["root"] == "14" and fields["quad_class"] == entry.quad
    assert fields["goldstein"] == entry.goldstein and fields["plover"] == entry.plover


def test_codebook_weights_match_the_published_reference(shared_gold):
    reference = shared_gold.parent / "reference" / "cameo-goldstein.tsv"
    codes = load_codebook(DATA / "cameo" / "codebook.tsv")
    rows = [r for r in csv.reader(reference.open(), delimiter="\t") if r and not r[0].startswith("#") and r[0] != "code"]
    assert len(rows) > 250
    for code, weight, quad in rows:
        assert code in codes, code
        if weight:
            assert codes[code].goldstein == float(weight), code
        assert codes[code].quad == int(quad), code


@pytest.mark.parametrize("lemma,expected", [
    ("recognize", {"recognises", "recognized", "recognising", "recognizing", "recognize"}),
    ("ban", {"banned", "banning", "bans"}),
    ("seize", {"seized", "seizing"}),
    ("freeze", {"froze", "frozen", "freezing"}),
    ("cancel", {"cancelled", "canceled", "cancelling"}),
    ("visit", {"visited", "visiting"}),
    ("carry", {"carried", "carries"}),
    ("unban", {"unbanned", "unbanning"}),  # a prefix on a doubling verb doubles too
    ("airdrop", {"airdropped"}),
    ("shrug", {"shrugged", "shrugging"}),  # one syllable ending consonant-vowel-consonant
    ("emit", {"emitted"}),
])
def test_verb_forms_cover_inflections_and_spellings(lemma, expected):
    forms = set().union(*verb_forms(lemma, IRREGULARS).values())
    assert expected <= forms


def test_noun_forms_include_the_plural():
    assert {"sanction", "sanctions"} <= noun_forms("sanction")
    assert {"ally", "allies"} <= noun_forms("ally")


def test_bad_actor_line_names_file_and_line(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text('{"id": "X1", "type": "group", "aliases": ["X"]}\n{broken\n')
    with pytest.raises(KnowledgeBaseError, match=r"mine.jsonl:2"):
        load_records(path)


def test_bad_lexicon_line_names_file_and_line(tmp_path):
    path = tmp_path / "rules.tsv"
    path.write_text("id\tcode\tpattern\ttarget\tflags\texample\nx/1\t05x\trecognize+\tobj\t\t\n")
    with pytest.raises(KnowledgeBaseError, match=r"rules.tsv:2"):
        load_lexicon([path], IRREGULARS)


def test_unknown_lexicon_flag_is_an_error(tmp_path):
    path = tmp_path / "rules.tsv"
    path.write_text("x/1\t054\trecognize+\tobj\tloud\t\n")
    with pytest.raises(KnowledgeBaseError, match="unknown flags"):
        load_lexicon([path], IRREGULARS)


def test_every_lexicon_code_is_in_the_codebook():
    knowledge = default_knowledge()
    for rule in knowledge.lexicon.rules:
        assert rule.code == "skip" or rule.code in knowledge.codebook, rule.id


def test_lexicon_covers_all_twenty_roots():
    roots = {rule.code[:2] for rule in default_knowledge().lexicon.rules if rule.code != "skip"}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


def test_rule_ids_are_unique():
    ids = [rule.id for rule in default_knowledge().lexicon.rules]
    assert len(ids) == len(set(ids))


def test_verb_forms_do_not_double_after_two_vowels_or_two_syllables():
    assert "beated" not in verb_forms("beat", IRREGULARS)["past"]
    assert verb_forms("thwart", IRREGULARS)["past"] == {"thwarted"}
    assert verb_forms("target", IRREGULARS)["past"] == {"targeted"}
