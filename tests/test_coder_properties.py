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
