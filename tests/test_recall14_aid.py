"""Root 07 (issue 12, branch ``recall14``): aid sent "to help" whose recipient the sentence named
in an earlier clause (``070/provide-aid`` with the ``ant`` flag). Sentences written for these tests."""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


CASES = [
    ("ITA", "GRC", "A Greek ferry capsized off Crete on Monday, and Italy and Malta sent boats to help in the search."),
    ("MLT", "GRC", "A Greek ferry capsized off Crete on Monday, and Italy and Malta sent boats to help in the search."),
    ("CHL", "PER", "Floods hit Peru on Monday, and Chile sent aid on Tuesday."),
]


@pytest.mark.parametrize("src,tgt,text", CASES)
def test_aid_recipient_named_before(ctx, src, tgt, text):
    assert (src, tgt, "070") in _codes(ctx, text)


def test_aid_with_its_own_recipient_keeps_it(ctx):
    codes = _codes(ctx, "A storm hit Peru on Monday, and Chile sent aid to Bolivia on Tuesday.")
    assert ("CHL", "BOL", "070") in codes and ("CHL", "PER", "070") not in codes
