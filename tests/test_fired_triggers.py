"""A rule of the right root fires but no event comes out (issue 12, branch ``fired``)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text, published=dt.date(2025, 3, 4)):
    doc = code_document(document_from_text(text, published), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_a_body_named_before_of_acts_for_its_organisation(ctx):
    """"the board of the IMF", "the board of governors of the IAEA" (``clauses._ACTING_FOR_OF``)."""
    assert ("WB", "KEN", "07") in _pairs(
        ctx, "The board of the World Bank approved a $400 million lending programme for Kenya on Tuesday.")
    assert ("IAEA", "IRN", "11") in _pairs(ctx, "The board of governors of the IAEA condemned Iran on Thursday.")
    assert ("AU", "SDN", "16") in _pairs(
        ctx, "The executive council of the African Union suspended Sudan on Friday.")


def test_an_of_phrase_that_names_no_body_still_gives_no_doer(ctx):
    assert not any(s == "SOM" for s, _, _ in _pairs(ctx, "The grandson of Somalia's first president met elders."))


def test_a_bare_body_in_a_clause_a_state_reports_is_that_states(ctx):
    """"X's prime minister announced that the government would ..." (``bodies.body_of_speaker``)."""
    assert ("GEO", "EU", "16") in _pairs(
        ctx, "Georgia's prime minister announced on Thursday that the government would suspend talks with the "
             "European Union.")
    assert ("BRA", "ISR", "13") in _pairs(  # "would recall" after "said": the announced threat
        ctx, "President Lula said on Monday that the ministry would recall Brazil's ambassador to Israel.")
    assert ("KEN", "SOM", "16") in _pairs(
        ctx, "Kenya's foreign minister announced that the government had suspended talks with Somalia.")


def test_a_body_reported_by_no_state_stays_unplaced(ctx):
    assert not _pairs(ctx, "Reporters said the government would suspend talks with Somalia.")
