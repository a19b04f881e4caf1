"""Reactions: disappointment is disapproval of its author; a stance after "X said on <day>, calling ..." is X's."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_disappointment_is_disapproval_of_its_author(ctx):
    assert ("KEN", "UGA", "110") in _events(ctx, "Kenya said it was deeply disappointed by Uganda's decision to close the border.")
    events = _events(ctx, "Uganda closed the border on Friday. Kenya said it was deeply disappointed.")
    assert ("KEN", "UGA", "110") in events


def test_a_speaker_then_a_date_then_a_stance(ctx):
    events = _events(ctx, "Peru opened a naval base near the border on Monday, the Chilean foreign minister said on "
                          "Tuesday, calling the move deeply regrettable.")
    assert ("CHL", "PER", "111") in events
    assert ("PER", "CHL", "111") not in events
