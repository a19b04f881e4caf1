"""The learned fallback: its training script, its shipped model and its stage (docs/learned.md)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from dragoman.coder import code_document, context
from dragoman.evaluate import GoldItem, load_gold
from dragoman.ingest.text import document_from_text
from dragoman.knowledge import LEARNED_MODEL, default_knowledge, load_knowledge
from dragoman.knowledge.learned import LearnedModel, load_model, model_text
from dragoman.stages import learned as stage
from dragoman.stages.learned_model import candidate_pairs, features

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def _script():
    spec = importlib.util.spec_from_file_location("train_fallback", ROOT / "scripts" / "train_fallback.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script():
    return _script()


@pytest.fixture(scope="module")
def on():
    """A context with the shipped model turned on."""
    return context(default_knowledge((), (LEARNED_MODEL,)))


def _code(text: str, ctx):
    return code_document(document_from_text(text, dt.date(2024, 3, 5)), ctx).events


def _learned(events):
    return [(e.source.primary, e.root, e.target.primary) for e in events if e.rule.startswith("learned/")]


# written for these tests: an IGO's board approving money for a state, in words no rule has
APPROVED = "The World Bank on Thursday approved $60 million in emergency financing for Malawi to help it rebuild roads."


def test_the_stage_codes_a_sentence_with_no_rule_event(on):
    assert _code(APPROVED, context()) == []  # the rules give nothing
    events = _code(APPROVED, on)
    assert _learned(events) == [("WB", "07", "MWI")]
    assert events[0].code[:2] == "07" and events[0].rule == "learned/07" and events[0].confidence < 0.5


@pytest.mark.parametrize("text", [
    "The World Bank on Thursday did not approve $60 million in emergency funding for Malawi to help it rebuild roads.",
    "The World Bank is expected to approve $60 million in emergency funding for Malawi next month.",
    "The World Bank could approve $60 million in emergency funding for Malawi if the drought worsens.",
])
def test_no_learned_event_on_negated_or_forecast_sentences(on, text):
    assert _learned(_code(text, on)) == []


def test_off_by_default():
    assert context().learned is None
    assert load_knowledge().learned is None


def test_the_stage_runs_no_code_on_sentences_that_have_events(on, monkeypatch):
    looked: list[int] = []
    real = stage.sentence_event

    def spy(doc, sentence, model, ctx, threshold=stage.THRESHOLD):
        looked.append(sentence.index)
        return real(doc, sentence, model, ctx, threshold)

    monkeypatch.setattr(stage, "sentence_event", spy)
    text = "Sweden recognised Palestine on Thursday. " + APPROVED  # sentence 0 has a rule event
    events = _code(text, on)
    assert {e.sentence for e in events if not e.rule.startswith("learned/")} == {0}
    assert looked == [1]
    assert _learned(events) == [("WB", "07", "MWI")]


def test_a_hand_made_model_picks_the_best_pair_above_the_threshold():
    ctx = context()
    doc = code_document(document_from_text("Chile and Peru on Tuesday wrapped up a border pact in Lima.",
                                           dt.date(2024, 3, 5)), ctx)
    sentence = doc.sentences[0]
    assert len(candidate_pairs(sentence)) == 2
    strong = LearnedModel({"dir=f": {"06": 6.0}}, {"none": 0.0, "06": 0.0})
    event = stage.sentence_event(doc, sentence, strong, ctx)
    assert event is not None and (event.source.primary, event.code, event.target.primary) == ("CHL", "060", "PER")
    weak = LearnedModel({"dir=f": {"06": 0.1}}, {"none": 0.0, "06": 0.0})
    assert stage.sentence_event(doc, sentence, weak, ctx) is None


def test_training_is_deterministic_and_learns_its_examples(script, tmp_path):
    items = load_gold(DATA / "gold_own.jsonl")[:12] + load_gold(DATA / "codes_gold.jsonl")[:12]
    ctx = dataclasses.replace(context(), learned=None)
    sets = {"tiny": [script.examples_of(item, ctx) for item in items]}
    first = model_text(*script.build(sets, [DATA / "gold_own.jsonl"]))
    again = model_text(*script.build({"tiny": [script.examples_of(item, ctx) for item in items]},
                                     [DATA / "gold_own.jsonl"]))
    assert first == again
    (tmp_path / "m.tsv").write_text(first)
    model = load_model(tmp_path / "m.tsv")
    labelled = [p for item in sets["tiny"] for p in item["pairs"] if p[5] != "none"]
    assert labelled
    assert model.weights and set(model.bias) >= {p[5] for p in labelled} | {"none"}
    fitted = script.train([(p[4], p[5]) for item in sets["tiny"] for p in item["pairs"]], min_count=1)
    right = sum(fitted.best(p[4])[0] == p[5] for p in labelled)
    assert right / len(labelled) > 0.8  # with every feature kept it fits its own training pairs
    assert load_knowledge((), (tmp_path / "m.tsv",)).learned == model  # read as a model, not a rule file


def test_the_features_are_those_of_the_pair(on):
    doc = code_document(document_from_text(APPROVED, dt.date(2024, 3, 5)), on)
    sentence = doc.sentences[0]
    lower = [t.lower for t in sentence.tokens]
    (a, b), = [(a, b) for a, b in candidate_pairs(sentence) if a.actor.primary == "WB"]
    feats = features(lower, a, b, frozenset(lower))
    assert "dir=f" in feats and "sv:thursday" not in feats and "sv:approv" in feats
    assert "blk" not in feats


def test_the_shipped_model_was_trained_from_the_current_tuned_sets(script):
    """The model's header names the SHA-1 of the tuned files it was trained from: editing a tuned set
    without retraining fails here. (Whether the current coder would build the same model, after a
    change to the actor stages, is `scripts/train_fallback.py --check`: see docs/learned.md.)"""
    files = script.tuned_files(DATA)
    header = LEARNED_MODEL.read_text(encoding="utf-8").splitlines()[:8]
    missing = [name for name in script.TUNED if f"{name}.jsonl" in header[0] and not (DATA / f"{name}.jsonl").exists()]
    if missing:
        pytest.skip(f"a tuned set the model was built from is absent: {missing}")
    assert f"# Gold SHA-1: {script.stamp_of(files)}" in header, \
        "the tuned sets changed since the model was built: rebuild it with .venv/bin/python scripts/train_fallback.py"


def test_the_gold_stamp_changes_with_the_gold(script, tmp_path):
    one, two = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    one.write_text('{"id": "x"}\n'), two.write_text('{"id": "x"}\n')
    first = script.stamp_of([one, two])
    two.write_text('{"id": "y"}\n')
    assert script.stamp_of([one, two]) != first and len(first) == 40


def test_the_model_is_part_of_the_knowledge_version(tmp_path):
    """A store recodes documents whose knowledge version differs: turning the model on, or
    retraining it, must change the version, as adding a rule file does."""
    plain = load_knowledge().version
    on = load_knowledge(lexicon_files=(LEARNED_MODEL,))
    assert on.learned is not None and on.version != plain
    retrained = tmp_path / "fallback.tsv"
    retrained.write_text(LEARNED_MODEL.read_text(encoding="utf-8").replace("__bias__\t02\t", "__bias__\t02\t1", 1),
                         encoding="utf-8")
    assert load_knowledge(lexicon_files=(retrained,)).version not in (plain, on.version)
