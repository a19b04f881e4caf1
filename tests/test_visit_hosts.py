"""The host's side of a visit when the two act together in its sentence (stages/hosts.py)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_a_joint_act_shows_the_host_receiving_the_guest(ctx):
    codes = _codes(ctx, "Chile's president arrived in Peru on Monday and signed a trade agreement with "
                        "the Peruvian government.")
    assert ("CHL", "PER", "042") in codes
    assert ("PER", "CHL", "043") in codes


def test_a_guest_acting_alone_leaves_the_host_uncoded(ctx):
    codes = _codes(ctx, "Chile's president made a surprise visit to Lima on Monday and pledged aid to Peru.")
    assert ("CHL", "PER", "042") in codes
    assert ("PER", "CHL", "043") not in codes
