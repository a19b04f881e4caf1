"""False positives on fresh international news (issue 12, branch ``fp21``).

Every sentence here is our own; each class has sentences the change fixes and sentences that
must keep their event, so a check cannot pass by dropping events."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 5, 1)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_what_a_text_vetoed_or_failed_later_in_the_sentence_says_is_said_by_no_one(ctx):
    """"A resolution demanding a truce in Yemen was vetoed by Russia": the text's own verb, after its
    content, blocks it (``embedded._blocked_later``); an adopted text still speaks for its body."""
    for text, blocked in [
        ("A Security Council resolution demanding a ceasefire in Yemen was vetoed by Russia and China on Tuesday.",
         ("UN", "YEM", "10")),
        ("A Brazilian-drafted Security Council text calling for a truce in Haiti failed on Friday when China "
         "cast a veto.", ("UN", "HTI", "02")),
        ("A UN resolution condemning Eritrea's crackdown was later rejected by the General Assembly.",
         ("UN", "ERI", "11")),
    ]:
        assert blocked not in _events(ctx, text), (text, _events(ctx, text))
    assert ("UN", "YEM", "10") in _events(
        ctx, "A Security Council resolution demanding a ceasefire in Yemen was adopted on Tuesday.")
    assert ("UN", "RUS", "11") in _events(
        ctx, "The General Assembly adopted a resolution condemning Russia's invasion, which was opposed by Belarus.")


def test_an_as_clause_does_not_list_its_subject_with_the_actor_before_it(ctx):
    """"recalled its envoy from Harare, as Renamo fighters advanced on Beira": a lone "as" opens a
    clause (``clauses._lone_as``); "as well as" still lists."""
    events = _events(ctx, "Zambia recalled its diplomats from Harare, as Mozambican troops advanced on Beira.")
    assert ("ZMB", "ZWE", "16") in events, events
    assert ("ZWE", "MOZ", "19") not in events, events
    events = _events(ctx, "Congo recalled its diplomats from Kigali, as M23 rebels advanced on Goma.")
    assert ("RWA", "COD", "19") not in events and ("COD", "COD", "19") in events, events
    events = _events(ctx, "Peru, Chile as well as Ecuador condemned the coup in Bolivia.")
    assert {("PER", "BOL", "11"), ("CHL", "BOL", "11"), ("ECU", "BOL", "11")} <= events, events
