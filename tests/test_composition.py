"""Composition: a frame act (appeal, intent, demand, reject, threaten, accuse, protest) takes its
subcode from the act or the cue words it is about (``data/lexicon/composition.tsv``)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dragoman.coder import code_document
from dragoman.errors import KnowledgeBaseError
from dragoman.ingest.text import document_from_text
from dragoman.knowledge import DATA, default_knowledge
from dragoman.knowledge.composition import family_of, load_composition, refines
from dragoman.knowledge.inflect import load_irregulars

ROWS = default_knowledge().composition.rows


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return [(e.source.primary, e.target.primary, e.code, e.rule) for e in doc.events]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_every_composition_row_codes_its_example(ctx, row):
    sentence, expected = row.example.split("||")
    source, target = expected.strip().split(">")
    wanted = re.compile("^" + row.code.replace("*", "[1-5]") + "$")
    events = _events(ctx, sentence.strip())
    assert any((s, t) == (source, target) and wanted.match(c) and rule.endswith(f"+compose:{row.id}")
               for s, t, c, rule in events), events


def test_the_table_has_rows_for_every_family():
    families = {r.family for r in ROWS}
    assert families == {"appeal", "intent", "demand", "reject", "threaten", "accuse", "protest", "warn"}
    assert len({r.id for r in ROWS}) == len(ROWS)


def _code(ctx, text, source, target):
    return {c for s, t, c, _ in _events(ctx, text) if (s, t) == (source, target)}


def test_appeal_takes_the_inner_act(ctx):
    assert _code(ctx, "Germany urged Belarus on Wednesday to free the jailed journalists.", "DEU", "BLR") == {"0253"}
    assert _code(ctx, "Egypt asked Qatar on Sunday to lend it three billion dollars.", "EGY", "QAT") == {"0231"}
    # a frame whose own rule already names the category keeps it
    events = _events(ctx, "Turkey called for the lifting of sanctions on Syria.")
    assert ("TUR", "SYR", "0254", "0254/call-lift-sanctions") in events


def test_an_appeal_without_an_act_or_cue_stays_unspecified(ctx):
    assert _code(ctx, "China urged Japan on Monday to reflect on its history.", "CHN", "JPN") == {"020"}


def test_intent_follows_the_codebook_categories(ctx):
    # 084 release is 0353 and 085 sanctions 0354 (the old map gave each the next category)
    assert _code(ctx, "Iran promised on Tuesday to release the detained French tourists.", "IRN", "FRA") == {"0353"}
    assert _code(ctx, "Turkey pledged on Thursday to lift its sanctions on Armenia.", "TUR", "ARM") == {"0354"}


def test_demand_takes_the_inner_act(ctx):
    codes = _code(ctx, "Ukraine demanded on Friday that Russia admit inspectors to the plant.", "UKR", "RUS")
    assert codes == {"1055"}


def test_rejection_takes_the_refused_act(ctx):
    assert _code(ctx, "Belarus said on Friday it will not free the Polish journalist.", "BLR", "POL") == {"1243"}


def test_threat_takes_the_threatened_act(ctx):
    assert _code(ctx, "Algeria threatened on Tuesday to cut ties with Morocco.", "DZA", "MAR") == {"1313"}


def test_accusation_takes_its_charge_from_cue_words(ctx):
    assert _code(ctx, "China accused Taiwan on Friday of espionage.", "CHN", "TWN") == {"1125"}
    assert _code(ctx, "Serbia accused Kosovo on Friday of aggression.", "SRB", "XKX") == {"1123"}
    assert _code(ctx, "Russia accused Britain on Friday of lying.", "RUS", "GBR") == {"112"}


def test_protest_takes_the_issue_it_demands(ctx):
    assert _code(ctx, "Students in Dhaka marched on Sunday demanding that the prime minister step down.",
                 "BGD", "BGD") == {"1411"}
    assert _code(ctx, "Dockworkers in Antwerp went on strike on Monday for press freedom.", "BEL", "BEL") == {"1433"}
    # what a protest is against is no demand: annotators code it without an issue digit
    assert _code(ctx, "Traders in Lahore went on strike on Thursday against higher power bills.", "PAK", "PAK") == {"143"}


def test_rule_ids_record_the_composition_row(ctx):
    rules = [r for _, _, _, r in _events(ctx, "Britain urged Iran on Monday to free the two sailors.")]
    assert any(r.startswith("020/urge+") and r.endswith("+compose:0253/release-persons") for r in rules), rules


def test_refines_only_makes_a_code_more_specific():
    assert refines("020", "0253") and refines("024", "0241") and refines("141", "1411") and refines("112", "1124")
    assert not refines("024", "0253") and not refines("0253", "0254") and not refines("020", "020")
    assert family_of("1124") == "accuse" and family_of("111") is None and family_of("1431") == "protest"


def test_protest_rows_keep_the_protest_kind():
    row = next(r for r in ROWS if r.code == "14*1")
    assert row.result("143") == "1431" and row.result("145") == "1451"
    assert row.produces({"1411", "1421", "1431", "1441", "1451", "141"}) == ["1411", "1421", "1431", "1441", "1451"]


@pytest.mark.parametrize("line, message", [
    ("x/1\tplead\t@084\t0253\tA. || A>B", "family"),
    ("x/1\tappeal\t@084\t1053\tA. || A>B", "not a subcode"),
    ("x/1\tappeal\t@8x\t0253\tA. || A>B", "@codes"),
    ("x/1\tappeal\t@084\t0253\tno expected pair", "SRC>TGT"),
])
def test_malformed_rows_are_rejected(tmp_path, line, message):
    path = tmp_path / "composition.tsv"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=message):
        load_composition(path, load_irregulars(DATA / "lexicon" / "irregular.tsv"))


def test_a_troop_move_verb_read_as_a_noun_is_not_the_act_appealed_for(ctx):
    # "the exit process": no troops leave; "the vessels leave": they do
    assert _code(ctx, "EU leaders urged London on Tuesday to trigger the exit process without delay.",
                 "EU", "GBR") == {"020"}
    assert _code(ctx, "Manila demanded on Sunday that the Chinese vessels leave the area.", "PHL", "CHN") == {"1056"}
