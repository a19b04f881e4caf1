"""A generic violent verb whose doer is a weapon is coded as the kind of attack the weapon makes."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_a_bomb_that_kills_is_a_bombing_not_a_second_fight(ctx):
    codes = _codes(ctx, "A suicide bomb attack outside a market in Peshawar killed 20 police officers on Friday.")
    assert any(code == "1831" for _, _, code in codes)
    assert not any(code == "190" for _, _, code in codes)


def test_the_kind_of_bomb_gives_the_subcode(ctx):
    assert any(c == "1833" for _, _, c in _codes(ctx, "A roadside bomb struck an army convoy near Gao on Monday."))
    assert any(c == "1832" for _, _, c in _codes(ctx, "A car bomb killed six soldiers in Mogadishu on Monday."))
    assert any(c == "183" for _, _, c in _codes(ctx, "Bombers attacked two mosques in Quetta on Friday."))


def test_the_agent_of_a_passive_names_the_weapon(ctx):
    codes = _codes(ctx, "Three soldiers were killed by a roadside bomb in Kandahar on Monday.")
    assert any(code == "1833" for _, _, code in codes) and not any(code == "190" for _, _, code in codes)


def test_aircraft_and_artillery_make_their_roots_subcodes(ctx):
    assert ("RUS", "UKR", "195") in _codes(ctx, "Russian drones struck a power plant in Kharkiv on Tuesday.")
    assert ("RUS", "SYR", "195") in _codes(ctx, "Russian bombers struck Idlib on Tuesday.")


def test_a_named_person_killed_stays_an_assassination_and_actors_unchanged(ctx):
    assert ("USA", "IRN", "186") in _codes(ctx, "A US air strike killed Iranian general Qassem Soleimani on Friday.")
    assert ("ISR", "LBN", "190") in _codes(ctx, "Israeli troops attacked Lebanese positions on Monday.")


def test_buildings_destroyed_are_property_unless_a_weapon_destroys_them(ctx):
    assert ("SRB", "ALB", "1712") in _codes(ctx, "Serbian police destroyed Albanian homes in Kosovo on Monday.")
    assert ("RUS", "UKR", "190") in _codes(ctx, "Russian troops destroyed a Ukrainian tank near Bakhmut on Monday.")
    assert ("RUS", "UKR", "194") in _codes(ctx, "Russian shelling destroyed homes in Kherson on Monday.")


def test_a_police_raid_is_no_battle(ctx):
    assert not any(c.startswith("19") for _, _, c in _codes(
        ctx, "Belgian police raided the offices of two Dutch firms on Tuesday."))
    assert not any(c.startswith("19") for _, _, c in _codes(
        ctx, "Police detained nine people in dawn raids across Ankara on Tuesday."))
    assert any(c.startswith("19") for _, _, c in _codes(
        ctx, "Israeli troops raided a refugee camp in Palestine on Tuesday."))
