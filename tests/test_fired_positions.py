"""A rule of the right root fires but no event comes out, second round (issue 12, branch ``fired2``).

The misses were grouped by where the missing actor stands relative to the trigger; each class
below is one position, with sentences of ours that fail without its change and one that must not
get the event.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text, published=dt.date(2025, 3, 4)):
    doc = code_document(document_from_text(text, published), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


# coordinated subjects: an intent to yield or de-escalate (035) by two states is towards each other


def test_two_states_agreeing_to_pull_back_or_release_act_towards_each_other(ctx):
    found = _pairs(ctx, "India and Pakistan held talks in Geneva on Monday, and the two states agreed to pull "
                        "back their forces.")
    assert {("IND", "PAK", "03"), ("PAK", "IND", "03")} <= found
    found = _pairs(ctx, "Greece and Turkey agreed to release detained fishermen.")
    assert {("GRC", "TUR", "03"), ("TUR", "GRC", "03")} <= found
    found = _pairs(ctx, "Serbia and Kosovo agreed on Monday to pull back their forces from the border.")
    assert {("SRB", "XKX", "03"), ("XKX", "SRB", "03")} <= found


def test_one_state_agreeing_to_release_has_no_partner_invented(ctx):
    found = _pairs(ctx, "Venezuela agreed on Sunday to release jailed opposition activists.")
    assert not any(r == "03" and s != t for s, t, r in found)


# a description whose antecedent is the speaker: "X's president said that the country would ..."


def test_the_country_in_a_clause_a_state_official_reports_is_the_speakers_state(ctx):
    assert ("CHL", "OECD", "02") in _pairs(
        ctx, "Chile's president announced on Sunday that the country would apply for membership of the OECD.")
    assert ("KEN", "PSE", "03") in _pairs(
        ctx, "Kenya's foreign minister said on Monday that the country would recognise Palestine.")
    assert ("BRA", "BOL", "03") in _pairs(
        ctx, "Brazil's president said on Friday that the country would send aid to Bolivia.")


def test_the_country_reported_by_no_state_stays_unplaced(ctx):
    assert not _pairs(ctx, "Analysts said on Friday that the country would send aid to Bolivia.")
