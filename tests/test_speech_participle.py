"""A participle of speech after an act between a pair (issue 12, branch ``second3``).

", accusing them of ..." after "imposed sanctions on X's former president and two former prime
ministers": "them" are the sanctioned people, so the accusation is aimed at their state. A role
counted after "and" ("and two former prime ministers") is of the state of the person it is joined
to (``stages/generic.partner``).
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.root) for e in doc.events}


def test_a_counted_role_joined_to_a_named_person_takes_that_persons_state(ctx):
    pairs = _pairs(ctx, "Canada imposed sanctions on Haiti's former president and two former prime ministers, "
                        "accusing them of shielding armed gangs.")
    assert {("CAN", "HTI", "16"), ("CAN", "HTI", "11")} <= pairs
    pairs = _pairs(ctx, "Britain froze the assets of Sudan's former defence minister and three former army "
                        "generals, accusing them of war crimes in Darfur.")
    assert ("GBR", "SDN", "11") in pairs


def test_a_counted_role_joined_to_nobody_is_left_alone(ctx):
    pairs = _pairs(ctx, "Canada imposed sanctions on Monday and two former prime ministers criticised the move.")
    assert not {p for p in pairs if p[0] == "CAN" and p[1] != "CAN" and p[2] == "11"}
