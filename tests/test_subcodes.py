"""Root-level codes take the codebook's subcode from cue words in their clause (stages/subcodes.py)."""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.errors import KnowledgeBaseError
from dragoman.ingest.text import document_from_text
from dragoman.knowledge import DATA
from dragoman.knowledge.inflect import load_irregulars
from dragoman.knowledge.subcodes import load_subcodes


def _events(ctx, text):
    return code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx).events


def _codes(ctx, text):
    return {(e.source.primary, e.code, e.target.primary) for e in _events(ctx, text)}


def test_every_row_codes_its_own_example(ctx):
    failing = []
    for row in ctx.subcodes.rows:
        sentence, expected = row.example.split("||")
        source, target = expected.strip().split(">")
        if not any(e.rule.endswith(f"+sub:{row.id}") and e.code == row.code
                   and (e.source.primary, e.target.primary) == (source, target)
                   for e in _events(ctx, sentence.strip())):
            failing.append(row.id)
    assert len(ctx.subcodes.rows) >= 10 and not failing


def test_every_row_keeps_the_root_and_gives_a_code_of_the_codebook(ctx):
    for row in ctx.subcodes.rows:
        assert row.code in ctx.codebook and row.code[:2] == row.source[:2]


def test_an_investigation_takes_its_subcode_from_what_it_looks_into(ctx):
    assert ("ICC", "094", "UKR") in _codes(ctx, "The International Criminal Court opened an investigation "
                                                "into possible war crimes in Ukraine on Monday.")
    assert ("UN", "092", "BLR") in _codes(ctx, "The UN Human Rights Council opened an inquiry into "
                                               "crimes against humanity in Belarus.")


def test_an_investigation_that_names_no_subject_stays_090(ctx):
    found = _codes(ctx, "The International Criminal Court opened an investigation in Ukraine on Monday.")
    assert ("ICC", "090", "UKR") in found


def test_cue_words_in_another_clause_do_not_refine(ctx):
    found = _codes(ctx, "The International Criminal Court opened an investigation in Ukraine on Monday, "
                        "after reports of war crimes.")
    assert ("ICC", "090", "UKR") in found


def test_an_attack_by_warplanes_is_aerial_but_shooting_one_down_is_not(ctx):
    assert ("EGY", "195", "LBY") in _codes(ctx, "Egyptian warplanes struck targets in eastern Libya on Monday.")
    found = _codes(ctx, "Pakistan shot down an Indian fighter jet near the Kashmir border on Wednesday.")
    assert ("PAK", "195", "IND") not in found


def test_a_warning_of_force_is_a_military_threat_and_a_plain_warning_is_not(ctx):
    assert ("CHN", "138", "TWN") in _codes(ctx, "China warned Taiwan on Friday that it would use force "
                                                "to stop any move toward independence.")
    assert ("CHN", "130", "TWN") in _codes(ctx, "China warned Taiwan on Friday against any move toward independence.")


def test_the_rule_id_names_the_row(ctx):
    events = _events(ctx, "Sweden became a full member of NATO on Thursday.")
    assert any(e.rule == "050/become-member+sub:057/join-alliance" for e in events)


def _write(tmp_path, row):
    path = tmp_path / "subcodes.tsv"
    path.write_text("id\tfrom\tscope\tcue\tcode\texample\n" + row + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("row", [
    "x/1\t090\tafter\twar crime~\t194\tA sentence. || A>B",  # another root
    "x/2\t090\teverywhere\twar crime~\t094\tA sentence. || A>B",  # no such scope
    "x/3\t090\tafter\t* crime~\t094\tA sentence. || A>B",  # a cue starting with a gap
    "x/4\t090\tafter\twar crime~\t094\tA sentence without actors",  # no expected pair
])
def test_a_malformed_row_is_refused_with_its_line(tmp_path, row):
    with pytest.raises(KnowledgeBaseError):
        load_subcodes(_write(tmp_path, row), load_irregulars(DATA / "lexicon" / "irregular.tsv"))


def test_fighting_in_violation_of_a_ceasefire_is_196_whatever_the_weapon(ctx):
    assert ("SYR", "196", "SYR") in _codes(ctx, "Syrian warplanes bombed Idlib on Monday in violation of the ceasefire.")
    assert ("SYR", "196", "SYR") not in _codes(ctx, "Syrian warplanes bombed Idlib on Monday as ceasefire talks began.")


def test_a_rally_where_the_crowd_sets_fires_is_violent_and_a_peaceful_one_is_not(ctx):
    assert ("MLI", "145", "DNK") in _codes(ctx, "Hundreds of Malian protesters marched on the Danish embassy in "
                                                "Bamako on Friday, setting a car on fire.")
    assert ("MLI", "141", "DNK") in _codes(ctx, "Hundreds of Malian protesters marched on the Danish embassy in "
                                                "Bamako on Friday, singing and waving flags.")


def test_a_halt_of_strikes_on_facilities_de_escalates_but_a_labour_strike_ended_eases_dissent(ctx):
    found = _codes(ctx, "Armenia and Azerbaijan agreed on Tuesday to halt strikes on each other's energy facilities.")
    assert ("ARM", "087", "AZE") in found
    assert ("KEN", "082", "KEN") in _codes(ctx, "Kenyan teachers ended their strike on Monday.")


def test_a_delegation_sent_to_mediate_mediates_and_a_plain_one_visits(ctx):
    assert ("QAT", "045", "RWA") in _codes(ctx, "Qatar stepped up its mediation on Monday, sending a delegation "
                                                "to Kigali to firm up the truce.")
    assert ("QAT", "042", "RWA") in _codes(ctx, "Qatar sent a trade delegation to Kigali on Monday.")


def test_ground_fighting_is_fought_with_small_arms(ctx):
    assert ("MLI", "193", "MLI") in _codes(ctx, "Malian aircraft struck rebel positions near Gao on Monday; "
                                                "heavy ground fighting continued near the airport.")


def test_a_demand_to_withdraw_a_recognition_asks_the_target_to_yield(ctx):
    found = _codes(ctx, "The Arab League voted on Monday to demand that Paraguay withdraw its recognition "
                        "of the breakaway region.")
    assert ("AL", "105", "PRY") in found
    assert ("AFG", "102", "UN") in _codes(ctx, "The Taliban demanded recognition from the United Nations.")


def test_an_appeal_to_reconsider_changes_or_measures_asks_for_a_policy_change(ctx):
    assert ("FRA", "0242", "HUN") in _codes(ctx, "France called on Hungary on Tuesday to reconsider its media changes.")
    assert ("FRA", "0242", "HUN") in _codes(ctx, "France urged Hungary on Tuesday to review the new border measures.")


def test_an_accusation_made_at_a_court_brings_a_lawsuit_and_one_made_elsewhere_stays_an_accusation(ctx):
    assert ("GMB", "115", "MMR") in _codes(ctx, "Gambia lodged a complaint at the world court on Monday accusing Myanmar of genocide.")
    assert ("GMB", "1124", "MMR") in _codes(ctx, "Gambia accused Myanmar of genocide against the Rohingya on Monday.")
