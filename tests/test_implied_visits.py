"""Visits a sentence implies without a verb of travel (stages/meetings.py)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_a_host_had_a_guest(ctx):
    events = _events(ctx, "Ghana's president hosted his Burkinabe counterpart in Accra on Friday.")
    assert {("GHA", "BFA", "043"), ("BFA", "GHA", "042")} <= events


def test_hosting_talks_or_receiving_money_is_no_visit(ctx):
    events = _events(ctx, "Peru and Bolivia agreed on a border survey after talks hosted by Brazil's president in Brasilia.")
    assert not any(code == "042" and t == "BRA" for _, t, code in events)
    events = _events(ctx, "Jordan received a $1 billion deposit from Qatar on Friday.")
    assert not any(code == "042" for _, _, code in events)


def test_leaders_signing_in_one_capital_met_there(ctx):
    events = _events(ctx, "Spain's prime minister and his Moroccan counterpart signed a migration accord in Rabat on Friday.")
    assert {("ESP", "MAR", "042"), ("MAR", "ESP", "043")} <= events


def test_a_signing_elsewhere_or_by_unnamed_sides_is_no_visit(ctx):
    events = _events(ctx, "Spain's prime minister and his Moroccan counterpart signed a migration accord in Paris on Friday.")
    assert not any(code in ("042", "043", "044") for _, _, code in events)
    events = _events(ctx, "Spain's prime minister and his Moroccan counterpart signed a migration accord on Friday.")
    assert not any(code in ("042", "043") for _, _, code in events)


def test_a_guest_welcomed_to_the_capital_came(ctx):
    events = _events(ctx, "Ghana's president welcomed his Ivorian counterpart, Alassane Ouattara, to Accra on Friday.")
    assert {("GHA", "CIV", "043"), ("CIV", "GHA", "042")} <= events


def test_they_after_a_meeting_are_both_sides(ctx):
    events = _events(ctx, "Qatar's foreign minister met his Bahraini counterpart in Riyadh on Friday, and they agreed to "
                          "reopen their embassies.")
    assert {("QAT", "BHR", "050"), ("BHR", "QAT", "050")} <= events
