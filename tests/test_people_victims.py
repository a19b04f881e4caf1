"""Victims named by a role of people: a rule whose target must be people ("shot", "released") takes
pupils, teachers, farmers, herders and health workers, and traders or shopkeepers among business
roles, but not firms or companies (``subjects.people``)."""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text
from dragoman.stages.subjects import people

DAY = dt.date(2020, 3, 10)


def _doc(ctx, text):
    return code_document(document_from_text(text, DAY), ctx)


@pytest.mark.parametrize("text, target", [
    ("Soldiers shot four traders in Gulu on Monday.", "UGABUS"),
    ("Soldiers shot two nurses at a clinic in Gulu.", "UGAHLH"),
    ("Troops shot three shopkeepers in Bukavu.", "COD"),
    ("Police shot two pupils during a march in Kisumu.", "KEN"),
])
def test_people_named_by_a_role_are_shot(ctx, text, target):
    events = _doc(ctx, text).events
    assert any(e.root == "19" and e.target.code.startswith(target) for e in events), \
        [(e.source.code, e.code, e.target.code) for e in events]


def test_firms_are_not_people(ctx):
    doc = _doc(ctx, "Soldiers shot four traders near two firms in Gulu.")
    mentions = {m.text.lower(): m for s in doc.sentences for m in s.mentions}
    assert people(mentions["traders"])
    assert "firms" in mentions and not people(mentions["firms"])
