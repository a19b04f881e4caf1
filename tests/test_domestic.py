"""Appeals, demands and rejections addressed to the source's own government or protesters, unnamed."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_a_demand_of_the_government_is_addressed_to_the_own_state(ctx):
    assert ("CHL", "CHL", "10") in _pairs(ctx, "Chilean miners demanded on Friday that the government raise wages.")
    assert ("PER", "PER", "10") in _pairs(ctx, "Peru's opposition lawmakers demanded on Friday the president's resignation.")


def test_a_rejection_of_protesters_demands_is_domestic(ctx):
    assert ("SDN", "SDN", "12") in _pairs(ctx, "Sudan's army rejected on Friday protesters' demands for civilian rule.")


def test_a_named_government_is_the_target(ctx):
    pairs = _pairs(ctx, "France demanded on Monday that the government of Mali release the hostages.")
    assert ("FRA", "MLI", "10") in pairs and ("FRA", "FRA", "10") not in pairs


def test_the_aim_of_a_protest_and_organisations_are_not_domestic_demands(ctx):
    pairs = _pairs(ctx, "Students in Caracas began a hunger strike on Friday to demand the president's removal.")
    assert not any(code == "10" for _, _, code in pairs)
    assert not any(code == "10" for _, _, code in _pairs(ctx, "The EU demanded on Friday that the government act."))



def test_people_no_name_or_place_assigns_are_the_states_own(ctx):
    assert ("PER", "PER", "08") in _pairs(ctx, "Peru's president pardoned dissidents on Friday.")
    assert ("MLI", "MLI", "11") in _pairs(ctx, "Mali's junta accused opposition politicians on Friday of sedition.")


def test_unplaced_people_do_not_make_violence_or_things_domestic(ctx):
    pairs = _pairs(ctx, "Chadian troops attacked rebels on Friday.")
    assert ("TCD", "TCD", "19") not in pairs and ("TCD", "TCD", "18") not in pairs
    assert not any(s == t for s, t, _ in _pairs(ctx, "Peru's president praised the court on Friday."))


def test_people_inside_the_rules_pattern_are_the_states_own(ctx):
    assert ("BLR", "BLR", "08") in _pairs(ctx, "Belarus freed 18 political prisoners on Friday.")
    pairs = _pairs(ctx, "Belarus freed 18 detainees to Lithuania on Friday.")
    assert ("BLR", "LTU", "08") in pairs and ("BLR", "BLR", "08") not in pairs
    assert ("BLR", "BLR", "08") not in _pairs(ctx, "Belarus freed 18 Polish prisoners on Friday.")


def test_people_given_the_doers_own_state_are_still_its_own(ctx):
    # an agency named by a state adjective gives the unplaced people its state: still a domestic act
    assert ("PER", "PER", "08") in _pairs(ctx, "Peruvian authorities released 14 prisoners on Monday.")
    assert ("ECU", "ECU", "11") in _pairs(
        ctx, "Ecuadorean President Ana Ruiz declared a state of emergency on Tuesday, accusing the opposition of treason.")
    pairs = _pairs(ctx, "Chilean authorities released 14 Peruvian prisoners on Monday.")
    assert ("CHL", "PER", "08") in pairs and ("CHL", "CHL", "08") not in pairs


def test_violence_by_armed_men_placed_in_a_province_on_unnamed_locals_is_done_at_home(ctx):
    assert ("NGA", "NGA", "18") in _pairs(ctx, "Bandits in Zamfara carried out an assault on a market on Sunday.")
    assert ("EGY", "EGY", "18") in _pairs(ctx, "A mob in Alexandria assaulted a woman on Friday.")


def test_violence_by_a_state_or_on_a_named_side_is_not_made_domestic(ctx):
    assert ("TUR", "TUR", "19") not in _pairs(ctx, "Turkish troops attacked a village on Friday.")
    pairs = _pairs(ctx, "Militants in Mopti attacked Burkinabe soldiers on Friday.")
    assert ("MLI", "MLI", "19") not in pairs and ("MLI", "MLI", "18") not in pairs


def test_aid_agencies_ordered_out_unnamed_are_expelled_from_the_states_own_territory(ctx):
    assert ("NER", "NER", "16") in _pairs(ctx, "Niger ordered four aid agencies to leave on Friday.")
    pairs = _pairs(ctx, "Niger ordered four French aid agencies to leave on Friday.")
    assert ("NER", "FRA", "16") in pairs and ("NER", "NER", "16") not in pairs
