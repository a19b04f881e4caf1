"""The two sides of a civil war, of one state, told apart by name (issue 12, branch ``second3``).

"the two sides" after "Colombia's government and the ELN" are the government and the guerrillas:
both are Colombia's, so the pair is found by name (``stages/sides.one_state_sides``), not by state.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    return code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx).events


def _codes(ctx, text):
    return {(e.source.code, e.target.code, e.root) for e in _events(ctx, text)}


def test_the_two_sides_of_a_civil_war_are_the_two_actors_named_before(ctx):
    codes = _codes(ctx, "Myanmar's junta and the Arakan Army agreed a truce on Friday, and the two sides "
                        "exchanged prisoners.")
    assert ("MMRMIL", "MMRREB", "08") in codes
    codes = _codes(ctx, "Colombia's government and the ELN guerrillas resumed peace talks in Havana on Monday. "
                        "The two sides agreed to extend the ceasefire.")
    assert any(s == "COLGOV" and t.startswith("COL") and t != "COLGOV" and r == "08" for s, t, r in codes)
    assert not any(s.startswith("CUB") for s, _, _ in codes)  # not the host of the talks


def test_two_states_stay_the_two_sides_and_one_state_with_no_group_has_none(ctx):
    codes = _codes(ctx, "Armenia and Azerbaijan held talks in Moscow on Monday, and the two sides agreed to exchange "
                        "prisoners.")
    assert {s[:3] for s, t, r in codes if r == "08"} >= {"ARM", "AZE"}
    events = _events(ctx, "Peru's president and the country's congress argued over the budget on Monday, and the "
                          "two sides agreed to extend the ceasefire.")
    assert not [e for e in events if e.root == "08"]
