"""Issue 12, recall round 5: trade measures and ended agreements (roots 16)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:3]) for e in doc.events}


def test_a_possessor_before_a_quantity_owns_the_measure(ctx):
    assert ("USA", "CAN", "163") in _events(ctx, "Washington's 20 percent duties on Canadian lumber began on Monday.")
    assert ("USA", "MEX", "163") in _events(ctx, "Washington's 25 per cent tariffs on goods from Mexico began on Monday.")


def test_the_quantity_gap_does_not_reach_an_unrelated_possessor(ctx):
    # no possessor before the quantity: nobody is made the author
    assert not any(e[2] == "163" and e[0] == "PER"
                   for e in _events(ctx, "Peru said 40 percent tariffs on Chilean copper were rumoured."))


def test_answering_with_levies_is_a_sanction(ctx):
    assert ("BRA", "USA", "163") in _events(ctx, "Brazil answered with levies on American cars on Friday.")
    assert ("IND", "USA", "163") in _events(ctx, "India countered with duties on American almonds.")


def test_revoking_an_agreement_or_scrapping_a_contract_reduces_relations(ctx):
    assert ("MLI", "FRA", "160") in _events(ctx, "Mali revoked its defence agreement with France on Tuesday.")
    assert ("NGA", "CHN", "160") in _events(ctx, "Nigeria scrapped a railway contract with a Chinese company on Friday.")


def test_a_response_with_an_expulsion_is_the_responder_s(ctx):
    assert ("USA", "BOL", "161") in _events(ctx, "Washington responded with the expulsion of Bolivia's envoy on Friday.")


def test_a_response_to_an_expulsion_is_not_the_responder_s(ctx):
    assert ("RUS", "GBR", "161") not in _events(
        ctx, "Russia responded to the expulsion of British diplomats on Friday.")


def test_giving_troops_time_to_leave_expels_them(ctx):
    assert ("MLI", "FRA", "166") in _events(ctx, "Mali gave French troops six weeks to leave the country.")


def test_a_judgement_of_a_relative_antecedent_is_aimed_at_its_author(ctx):
    text = ("Chile's navy held exercises near the border on Monday, a show of strength that officials in Lima "
            "described as hostile amid a dispute over Bolivia's access to the sea.")
    events = _events(ctx, text)
    assert ("PER", "CHL", "111") in events
    assert ("PER", "BOL", "111") not in events


def test_an_object_after_the_verb_is_still_the_target(ctx):
    assert ("PER", "BOL", "111") in _events(ctx, "Peru described Bolivia's decision as hostile on Monday.")


def test_calling_an_act_a_coup_is_disapproval(ctx):
    assert ("VEN", "USA", "111") in _events(ctx, "Venezuela called the American plan an attempted coup.")


def test_southeast_asian_foreign_ministers_are_asean(ctx):
    events = _events(ctx, "Southeast Asian foreign ministers on Monday agreed to exclude Laos's president from the next summit.")
    assert ("ASEAN", "LAO", "160") in events


def test_a_vow_that_the_speaker_would_act_is_not_a_forecast(ctx):
    events = _events(ctx, "Peru closed the border on Monday, and Chile vowed that it would take countermeasures.")
    assert ("CHL", "PER", "130") in events


def test_a_forecast_that_another_would_act_stays_out(ctx):
    events = _events(ctx, "Analysts in Lima predicted that Chile would take countermeasures against Peru.")
    assert ("CHL", "PER", "130") not in events
