"""Which date an event takes: its clause's expression, a fronted one, an anchor, or publication."""

import json
from pathlib import Path

import pytest

import dragoman
from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text

DATA = Path(__file__).resolve().parent / "data"


def _one(text, published, root=None):
    events = [e for e in dragoman.code(text, published=published) if root is None or e.root == root]
    assert events, text
    return events[0]


def test_weekday_resolves_to_the_last_such_day():
    event = _one("Peru recalled its ambassador from Mexico on Tuesday.", "2024-06-14")
    assert (event.date, event.date_precision, event.date_basis) == ("2024-06-11", "day", "relative")


def test_no_expression_takes_the_publication_date():
    event = _one("Peru recalled its ambassador from Mexico.", "2024-06-14")
    assert (event.date, event.date_basis) == ("2024-06-14", "published")


def test_fronted_expression_dates_the_main_clause():
    text = "In March this year, Chile expelled two Venezuelan diplomats who had met opposition figures last week."
    assert _one(text, "2024-06-14", root="16").date == "2024-03"


def test_year_phrase_gives_year_precision():
    event = _one("Kenya recognised Kosovo in 2015.", "2024-06-14")
    assert (event.date, event.date_precision) == ("2015", "year")


def test_anchored_expression_counts_from_the_event_it_names():
    text = ("Gunmen from the Islamic State attacked a police station in Niger in March. "
            "Two months after the attack, Niger expelled French troops.")
    events = dragoman.code(text, published="2023-09-01")
    later = [e for e in events if e.source.primary == "NER"]
    assert later and later[0].date == "2023-05" and later[0].date_basis == "anchored"


def test_anchored_clause_does_not_date_the_act_it_points_to():
    text = "The strike came a day after Slovenia recognised Palestine."
    events = [e for e in dragoman.code(text, published="2024-05-30") if e.root == "05"]
    assert events and events[0].date == "2024-05-30"


def _past_tense_events(items):
    for item in items:
        doc = code_document(document_from_text(item["text"], __import__("datetime").date.fromisoformat(item["published"])))
        for event in doc.events:
            token = event.trigger.split()[0].lower()
            if token.endswith("ed") and event.date:
                yield item["published"], event


@pytest.mark.parametrize("name", ["gold_own.jsonl", "gold_heldout.jsonl"])
def test_no_past_tense_act_is_dated_after_publication(name):
    items = [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]
    late = [(p, e.trigger, e.date) for p, e in _past_tense_events(items) if e.date[:len(p)] > p[:len(e.date)]]
    assert not late, late
