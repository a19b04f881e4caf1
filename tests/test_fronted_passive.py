"""A passive whose object, named in a rule's pattern, opens the sentence before the verb."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_a_passive_whose_object_opens_the_sentence(ctx):
    """"The curfew in X was lifted by Y": the pattern's object before the verb (``lift+ * curfew~``)."""
    assert ("ARM", "ARM", "14") in _pairs(ctx, "Streets in Yerevan were blocked by anti-government protesters on Friday.")
    assert ("ECU", "ECU", "08") in _pairs(ctx, "The state of emergency in Ecuador was ended by the government "
                                               "in Quito on Thursday.")
    # not when the object is someone's (the possessor is not the target), nor without "by"
    assert not _pairs(ctx, "The state of emergency in Ecuador was ended on Thursday.")


def test_a_fronted_object_with_modifiers_before_its_noun(ctx):
    """"A fisheries agreement was signed by A and B": the rule's own gap lets modifiers stand
    between the article and the pattern's noun (``sign+ * agreement~``)."""
    assert {("PER", "CHL", "05"), ("CHL", "PER", "05")} <= _pairs(
        ctx, "A fisheries agreement was signed by Peru and Chile in Lima on Monday.")
    assert ("IMF", "MWI", "07") in _pairs(ctx, "A $300 million loan for Malawi was approved by the IMF on Monday.")
    # a possessor in front of the noun is not skipped: "Ghana's envoy was expelled by Togo" stays a
    # plain passive (the expulsion of a person), not the diplomatic rule reached through the gap
    assert ("TGO", "GHA", "17") in _pairs(ctx, "Ghana's envoy was expelled by Togo on Tuesday.")
    # without "by" there is no doer
    assert not _pairs(ctx, "A fisheries agreement was signed in Lima on Monday.")
