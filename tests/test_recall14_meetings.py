"""Root 04 (issue 12, branch ``recall14``): leaders who speak or announce "alongside" each other meet
(``040/spoke-alongside``). Sentences written for these tests."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_announced_alongside_a_visitor(ctx):
    codes = _codes(ctx, "Ghana will build a new border post, its president announced alongside Togo's president "
                        "in Accra on Monday.")
    assert ("GHA", "TGO", "040") in codes and ("TGO", "GHA", "040") in codes


def test_spoke_alongside(ctx):
    codes = _codes(ctx, "Estonia's prime minister spoke alongside Latvia's premier in Riga on Friday.")
    assert ("EST", "LVA", "040") in codes


def test_fighting_alongside_is_no_meeting(ctx):
    codes = _codes(ctx, "Ghanaian troops fought alongside Togolese soldiers near the border.")
    assert not any(c.startswith("04") for _, _, c in codes)
