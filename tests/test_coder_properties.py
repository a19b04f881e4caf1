"""The coder never breaks on odd text, and evidence offsets always point into the text."""

from hypothesis import given, settings
from hypothesis import strategies as st

import dragoman

WORDS = st.sampled_from(["Russia", "recognised", "the", "Taliban", "on", "Friday", ",", ".", "and", "Kyiv",
                         "condemned", "'s", "not", "could", "President", "Joe", "Biden", "met", "in",
                         "Paris", "Texas", "which", "attacked", "\n", "“", "”", "-", "2024", "was", "by",
                         "it", "their", "two", "leaders", "said", "that", "must", "release", "hostages"])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_any_word_salad_codes_without_error(text):
    for event in dragoman.code(text, published="2024-06-12"):
        assert text[event.evidence["start"]:event.evidence["end"]] == event.evidence["text"]
        assert event.source.primary and event.target.primary and event.code.startswith(event.root)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_codes_without_error(text):
    assert isinstance(dragoman.code(text, published="2024-06-12"), list)


import time

import pytest

HOSTILE = {
    "a list of 8,000 names": ", ".join(["France"] * 8000) + " condemned Russia.",
    "8,000 coordinated acts": "Russia " + ", and ".join(["attacked Ukraine"] * 8000) + ".",
    "4,000 reported intents": "Russia said " + " ".join(["it would attack Ukraine"] * 4000) + ".",
    "20,000 unclosed quotes": "Russia attacked Ukraine " + "“a " * 20000 + ".",
    "6,000 short sentences": "Russia attacked Ukraine. Ukraine condemned the attack. " * 3000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_pathological_text_is_coded_in_bounded_time(name):
    started = time.process_time()  # CPU time: the bound is on our work, not on the machine's load
    dragoman.code(HOSTILE[name], published="2024-06-12")
    assert time.process_time() - started < 15, name


def test_superscript_digits_do_not_break_the_coder():
    assert dragoman.code("Russian troops killed ² Ukrainians.", published="2024-06-12")


def test_no_publication_date_leaves_relative_dates_unresolved():
    [event] = dragoman.code("Russia attacked Ukraine yesterday.")
    assert event.date is None
