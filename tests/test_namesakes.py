"""A known leader's surname after someone else's first name is another person (stages/namesakes.py)."""

from __future__ import annotations

import pytest


def _people(coded, text: str) -> list[tuple[str, str | None]]:
    doc = coded(text, "2025-03-05")
    return [(m.text, m.actor.id if m.actor else None) for s in doc.sentences for m in s.mentions]


@pytest.mark.parametrize("text", [
    "Property developer Anil Modi criticised the new tax rules on Monday.",
    "Campaigner Maria Macron condemned the verdict in Lyon on Tuesday.",
])
def test_a_surname_after_another_first_name_is_not_the_leader(coded, text):
    people = _people(coded, text)
    assert not any(ident and ident.startswith("PER.") for _, ident in people), people


@pytest.mark.parametrize("text,person", [
    ("Prime Minister Modi criticised the new tax rules on Monday.", "PER.MODI_NARENDRA"),
    ("Narendra Modi criticised the new tax rules on Monday.", "PER.MODI_NARENDRA"),
    ("Then Modi criticised the new tax rules on Monday.", "PER.MODI_NARENDRA"),
    ("Tayyip Erdogan criticised the new tax rules on Monday.", "PER.ERDOGAN_RECEPTAYYIP"),
])
def test_a_title_an_own_first_name_or_an_opener_keeps_the_leader(coded, text, person):
    assert any(ident == person for _, ident in _people(coded, text)), _people(coded, text)


def test_the_namesake_does_not_act_for_the_leaders_state(triples):
    found = triples("Businessman Anil Modi accused Britain of bias on Monday.")
    assert not any(src == "IND" for src, _, _ in found), found
