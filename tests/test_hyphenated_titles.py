"""Hyphenated titles ("secretary-general", "attorney-general") are one office, not the military "General"."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_an_organisation_s_secretary_general_acts_for_it(ctx):
    assert ("NATO", "CHL", "05") in _events(ctx, "NATO's secretary-general praised Chile on Tuesday.")
    assert ("WHO", "PER", "05") in _events(ctx, "The WHO director-general praised Peru on Tuesday.")


def test_a_state_s_attorney_general_is_its_judiciary(ctx):
    doc = code_document(document_from_text("Kenya's attorney-general praised Uganda on Tuesday.",
                                           dt.date(2024, 6, 12)), ctx)
    assert any(e.source.code == "KENJUD" and e.target.primary == "UGA" for e in doc.events)
