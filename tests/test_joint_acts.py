"""Cooperation (05, 06) and yielding (08) by two states with no one else named is with each other."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_two_states_sharing_intelligence_share_it_with_each_other(ctx):
    pairs = _pairs(ctx, "Chile and Argentina began sharing intelligence on smuggling gangs on Monday.")
    assert {("CHL", "ARG", "06"), ("ARG", "CHL", "06")} <= pairs


def test_two_armies_pulling_back_yield_to_each_other(ctx):
    pairs = _pairs(ctx, "Armenian and Azerbaijani troops pulled back from the disputed ridge on Monday.")
    assert {("ARM", "AZE", "08"), ("AZE", "ARM", "08")} <= pairs


def test_a_named_partner_keeps_the_one_direction(ctx):
    pairs = _pairs(ctx, "Chile and Argentina shared intelligence with Peru on Monday.")
    assert ("CHL", "PER", "06") in pairs and ("ARG", "PER", "06") in pairs
    assert ("CHL", "ARG", "06") not in pairs and ("ARG", "CHL", "06") not in pairs


def test_other_roots_of_two_states_are_not_made_mutual(ctx):
    pairs = _pairs(ctx, "Chile and Argentina condemned the coup on Monday.")
    assert ("CHL", "ARG", "11") not in pairs and ("ARG", "CHL", "11") not in pairs


def test_property_handed_to_a_state_goes_to_it_not_to_the_state_in_its_name(ctx):
    pairs = _pairs(ctx, "Britain handed over 72 Ethiopian manuscripts to Ghana on Monday.")
    assert ("GBR", "GHA", "08") in pairs and ("GBR", "ETH", "08") not in pairs
    assert ("GBR", "ETH", "08") in _pairs(ctx, "Britain handed over 72 Ethiopian manuscripts on Monday.")


def test_hosting_the_talks_named_before_mediates_between_their_sides(ctx):
    pairs = _pairs(ctx, "Peru and Chile held talks in Brasilia on Monday. Brazil hosted the talks.")
    assert {("BRA", "PER", "04"), ("BRA", "CHL", "04")} <= pairs
    assert ("BRA", "PER", "04") not in _pairs(ctx, "Brazil hosted the talks on Monday.")
