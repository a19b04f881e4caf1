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


# aid teams or flights whose donor "from" names, arriving in the recipient (``073/relief-teams-from``)
FROM_CASES = [
    ({("NOR", "PER"), ("CHL", "PER"), ("ESP", "PER")},
     "Rescue teams from Norway, Chile and Spain landed in southern Peru on Tuesday to help dig survivors "
     "out of the rubble, Peruvian officials said."),
    ({("CAN", "HTI")}, "Relief flights from Canada touched down in Haiti on Sunday carrying tents and water."),
]


@pytest.mark.parametrize("pairs,text", FROM_CASES)
def test_aid_donor_named_by_from(ctx, pairs, text):
    got = {(s, t) for s, t, c in _codes(ctx, text) if c.startswith("07")}
    assert pairs <= got


def test_aid_worker_of_a_nationality_is_no_aid(ctx):
    codes = _codes(ctx, "An Italian aid worker has been held without charge in Bolivia since June.")
    assert not any(c.startswith("07") for _, _, c in codes)


def test_rescue_teams_from_a_town_are_not_donors(ctx):
    codes = _codes(ctx, "Rescue teams from Valparaiso arrived in Santiago on Monday.")
    assert not any(c.startswith("07") for _, _, c in codes)
