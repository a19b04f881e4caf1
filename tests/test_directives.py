"""A directive's causer does the act it directs (issue 12, branch ``fired4``, ``stages/directives.py``):
"authorised / instructed / mandated / empowered X to V" states an act done, not a purpose, and its doer
is the directive's subject, not the agent it empowers. The first five sentences fail without the
change; the last ones must keep what they had: the empowered force's state is not the doer, and a
state named as the object of the permission does not make the permitter strike.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text, published=dt.date(2025, 3, 4)):
    doc = code_document(document_from_text(text, published), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_an_authorised_force_helps_for_the_council(ctx):
    pairs = _pairs(ctx, "The African Union's Peace and Security Council authorised a Rwandan-led force on Friday "
                        "to help Mozambique's army retake Cabo Delgado.")
    assert ("AU", "MOZ", "07") in pairs
    assert ("RWA", "MOZ", "07") not in pairs


def test_a_mandated_commission_investigates_for_the_council(ctx):
    pairs = _pairs(ctx, "The UN Human Rights Council on Thursday mandated a commission of inquiry to investigate "
                        "abuses by Eritrean troops in Tigray.")
    assert ("UN", "ERI", "09") in pairs


def test_an_instructed_minister_acts_for_the_president(ctx):
    pairs = _pairs(ctx, "Chile's president said on Monday she had instructed her foreign minister to restore "
                        "diplomatic relations with Venezuela.")
    assert ("CHL", "VEN", "05") in pairs


def test_an_authorised_ministry_sends_aid_for_its_state(ctx):
    pairs = _pairs(ctx, "The US Congress authorised the Pentagon on Tuesday to send military aid to Taiwan.")
    assert ("USA", "TWN", "07") in pairs


def test_an_empowered_envoy_opens_talks_for_the_bloc(ctx):
    pairs = _pairs(ctx, "The European Council empowered its foreign policy chief to open talks with Iran on Monday.")
    assert ("EU", "IRN", "04") in pairs


def test_a_state_permitted_to_strike_is_not_the_permitters_strike(ctx):
    pairs = _pairs(ctx, "Washington authorised Kyiv on Sunday to strike targets inside Russia with long-range "
                        "missiles.")
    assert not any(s == "USA" and r in ("18", "19", "20") for s, _, r in pairs)


def test_an_order_to_a_force_stays_a_demand(ctx):
    pairs = _pairs(ctx, "The UN Security Council on Monday ordered Kenyan troops to help Haiti's police fight the "
                        "gangs.")
    assert ("UN", "HTI", "07") not in pairs
