"""Disapproval said by naming the other side's act (issue 12, branch ``verbal2``).

The critic names the act with a judging noun or adjective ("called the move 'economic retaliation'",
"responded that such a measure would be destructive", "a decision that X called a violation"), or
blames an act for its consequences in a relative clause; the doer of the judged act is the target.
Each class has sentences of ours and one that must not give a disapproval. Sentences are ours.
"""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _roots(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


CODED = [
    # a judging noun the verdict lists lacked
    ("Turkey said on Monday it would close its airspace to Greek military flights. "
     "Athens called the move 'economic retaliation'.", ("GRC", "TUR", "11")),
    ("Algeria announced on Friday that it would halt gas deliveries to Spain. "
     "Madrid described the decision as retaliation.", ("ESP", "DZA", "11")),
    ("Lithuania said it would expel three Belarusian diplomats. Minsk called the step political coercion.",
     ("BLR", "LTU", "11")),
    # "responded that such a measure would be ...": the measure's doer, named before
    ("Brazil said on Monday it would raise tariffs on Argentine steel. "
     "Buenos Aires responded on Tuesday that such a measure would be destructive.", ("ARG", "BRA", "11")),
    ("Norway said it would impose sanctions on Belarus. Minsk replied that the sanctions would be illegal.",
     ("BLR", "NOR", "11")),
    ("Chile said on Friday it would expel two Venezuelan diplomats. "
     "Caracas retorted that such a step would be a grave mistake.", ("VEN", "CHL", "11")),
    # "<act>, which/that X blamed for ...": the relative clause judges the act, whose doer is the target
    ("China imposed tariffs on Australian wine, which Canberra blamed for the collapse of its exports.",
     ("AUS", "CHN", "11")),
    ("Serbia expelled two Croatian diplomats on Tuesday, a step that Zagreb blamed for the crisis.",
     ("HRV", "SRB", "11")),
    ("Algeria closed its airspace to Moroccan airlines, which Rabat blamed for the losses of its carriers.",
     ("MAR", "DZA", "11")),
]

NOT_CODED = [
    # a call for an end to aggression, or for retaliation, is an appeal, not a verdict
    ("Croatia called for an end to the aggression against Ukraine.", ("HRV", "UKR", "11")),
    ("Serbia called for retaliation against Kosovo on Monday.", ("SRB", "XKX", "11")),
    # the antecedent of the relative is an actor: it stays the target ("Algeria, which it accused of")
    ("Morocco backed Algeria, which it accused of arming the Polisario Front.", ("MAR", "MAR", "11")),
    # praise is no disapproval
    ("Kenya signed a free trade deal with the European Union on Monday. Nairobi called the deal a milestone.",
     ("KEN", "EU", "11")),
]


@pytest.mark.parametrize("text,event", CODED)
def test_judged_act_is_disapproval(ctx, text, event):
    assert event in _roots(ctx, text)


@pytest.mark.parametrize("text,event", NOT_CODED)
def test_no_disapproval(ctx, text, event):
    assert event not in _roots(ctx, text)


def test_actor_antecedent_stays_the_target(ctx):
    assert ("MAR", "DZA", "11") in _roots(ctx, "Morocco backed Algeria, which it accused of arming the Polisario Front.")


def test_call_for_stays_an_appeal(ctx):
    assert ("HRV", "UKR", "02") in _roots(ctx, "Croatia called for an end to the aggression against Ukraine.")


def test_seat_is_the_state_when_the_state_is_named(ctx):
    """"ending its cooperation with Belgium, accusing Brussels of ...": Brussels is Belgium's capital here."""
    roots = _roots(ctx, "Rwanda said on Tuesday it was ending its development cooperation with Belgium, "
                        "accusing Brussels of taking sides in the war.")
    assert ("RWA", "BEL", "11") in roots
    assert ("RWA", "EU", "11") not in roots


def test_seat_alone_stays_the_organisation(ctx):
    assert ("TUR", "EU", "10") in _roots(ctx, "Ankara demanded that Brussels deliver the funds promised to Turkey.")
    assert ("HUN", "EU", "11") in _roots(ctx, "Hungary blocked EU aid to Ukraine on Thursday and criticised Brussels.")
