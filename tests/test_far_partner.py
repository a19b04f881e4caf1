"""A partner phrase past the object reach (issue 12, branch ``targets2``): "with X" or "to X" after a
long object, when the trigger's code takes that preposition for its partner and only the object's
words lie between. Sentences written for these tests."""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


REACHED = [
    ("NOR", "ISL", "16", "Norway suspended the exchange of data on illegal fishing routes in the northern waters "
                         "with Iceland."),
    ("ARG", "URY", "04", "Argentina resumed talks on fishing quotas and port fees for foreign trawlers in the south "
                         "Atlantic with Uruguay."),
]


@pytest.mark.parametrize("source,target,root,text", REACHED)
def test_partner_after_a_long_object(ctx, source, target, root, text):
    assert (source, target, root) in _pairs(ctx, text)


NOT_REACHED = [
    # a clause break between: the phrase belongs to another clause
    "Norway suspended the exchange of data on illegal fishing routes, officials said on Monday with Iceland present.",
    # a relative clause between
    "Norway suspended the exchange of data on illegal fishing routes which vessels had used to trade with Iceland.",
    # another actor between: the phrase may belong to it
    "Norway suspended the exchange of data on illegal fishing routes used by Russian trawlers with Iceland.",
    # a subordinate clause between
    "Norway suspended the exchange of data on illegal fishing routes after a long dispute over quotas with Iceland.",
]


@pytest.mark.parametrize("text", NOT_REACHED)
def test_no_partner_across_a_break(ctx, text):
    assert not any(t == "ISL" for _, t, _ in _pairs(ctx, text))


def test_code_without_a_partner_preposition(ctx):
    # criticism takes no "with" partner: the phrase stays out of reach
    text = "Norway criticised the handling of data on illegal fishing routes in the northern waters with Iceland."
    assert not any(t == "ISL" for _, t, _ in _pairs(ctx, text))
