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
