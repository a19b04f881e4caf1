"""An act named after "on" or "over" in a negotiation is its topic, not an act done
(``stages/embedded.py`` ``ended_or_talked_about``, issue 12, branch ``codes5``)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_the_topic_of_a_negotiation_is_no_act(ctx):
    pairs = _pairs(ctx, "Chile and Peru negotiated in Lima on Monday over restoring diplomatic relations.")
    assert ("CHL", "PER", "04") in pairs and not any(r == "05" for _, _, r in pairs), pairs


def test_an_act_agreed_on_stays_an_act(ctx):
    pairs = _pairs(ctx, "Chile and Peru agreed on Monday on restoring diplomatic relations.")
    assert ("CHL", "PER", "05") in pairs, pairs


def test_a_fronted_appeal_does_not_frame_the_main_clause(ctx):
    """"Calling for a return to civilian rule, traders ... shut": the comma closes the appeal's
    infinitive; the strike is an act of its own (``event_filters._complement``)."""
    pairs = _pairs(ctx, "Calling for a return to civilian rule, traders in Niamey closed their shops on Monday "
                        "in a general strike.")
    assert ("NER", "NER", "14") in pairs, pairs
