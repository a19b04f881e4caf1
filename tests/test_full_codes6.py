"""Full codes, sixth round (issue 12 point 3, branch fullcode6): an agreement signed to end the
fighting is a truce (0871) however far its purpose stands from the agreement; sentences of ours.
"""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text
from dragoman.stages.truce_deal import truce_deal


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.code, e.target.primary) for e in doc.events}


CASES = [
    # the purpose stands beyond the rule's gap: a date, a place or a broker between
    ("Armenia and Azerbaijan signed a Moscow-brokered agreement in the early hours of Tuesday to end six weeks "
     "of fighting.", ("ARM", "0871", "AZE")),
    ("Sudan's army and the Rapid Support Forces signed an agreement in Jeddah on Saturday to permanently silence "
     "their guns.", ("SDN", "0871", "SDN")),
    ("Colombia and the ELN signed an agreement in Havana late on Friday to halt the fighting in Arauca.",
     ("COL", "0871", "COL")),
    # guards: an agreement about something else, and a peace agreement (a settlement), stay 057
    ("India and Japan signed an agreement in Tokyo on Monday to boost trade in rare earths.", ("IND", "057", "JPN")),
    ("Eritrea and Ethiopia signed a peace agreement in Jeddah on Sunday to end two decades of war.",
     ("ERI", "057", "ETH")),
    ("China and the United States signed an agreement in Geneva on Monday to end their trade war.",
     ("CHN", "057", "USA")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_full_code(ctx, text, expected):
    found = _codes(ctx, text)
    assert expected in found, found


def test_the_purpose_is_read_only_in_an_infinitive_that_ends_the_fighting():
    words = "signed a deal in Doha on Monday to end the war".split()
    assert truce_deal("signed a deal", words, 2, len(words))
    assert not truce_deal("signed a peace deal", words, 2, len(words))
    other = "signed a deal in Doha on Monday to end the visa requirements".split()
    assert not truce_deal("signed a deal", other, 2, len(other))
    trade = "signed a deal in Geneva on Monday to end their trade war".split()
    assert not truce_deal("signed a deal", trade, 2, len(trade))
