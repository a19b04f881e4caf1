"""Root 07 (provide aid) in the constructions fresh wire news uses (issue 12, branch ``aid2``): each
positive case failed before this round; the guards must stay without a 07 event. Sentences written
for these tests."""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


CASES = [
    # an aid act with no recipient after another donor's aid in the same sentence: the same recipient
    ("073", "CAN", "PAK", "Britain sent tents and blankets to Pakistan on Friday, while Canada said it would send "
                          "$3 million in humanitarian assistance."),
    ("073", "NOR", "MOZ", "Sweden delivered food to Mozambique after the cyclone, and Norway said it would provide "
                          "relief supplies worth $2 million."),
    ("073", "QAT", "AFG", "Turkey dispatched a rescue team to Afghanistan on Sunday, while Qatar said it would "
                          "airlift food and medicine."),
]

GUARDS = [
    # aid with no named recipient and no other donor before it stays uncoded
    "Canada said on Friday it would send $3 million in humanitarian assistance.",
    # a request for aid is no aid
    "Pakistan asked Britain for tents and blankets on Friday, while Canada said it could send food.",
]


@pytest.mark.parametrize("code, source, target, text", CASES)
def test_aid_construction(ctx, code, source, target, text):
    assert (source, target, code) in _codes(ctx, text)


@pytest.mark.parametrize("text", GUARDS)
def test_aid_guard(ctx, text):
    assert not any(c.startswith("07") for _, _, c in _codes(ctx, text))
