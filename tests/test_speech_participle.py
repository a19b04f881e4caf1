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


def test_a_stance_on_an_office_holder_we_do_not_know_is_aimed_at_the_acts_target(ctx):
    """``stages/speech_participle.py``."""
    assert ("KEN", "TZA", "11") in _pairs(
        ctx, "Kenya recalled its ambassador from Tanzania on Monday, accusing Minister John Mwangi's office of "
             "lying.")
    assert ("NZL", "FJI", "11") in _pairs(
        ctx, "New Zealand suspended $20 million in budget support to Fiji on Friday, faulting Prime Minister Joni "
             "Tabua's government for the arrests.")
    assert ("PRY", "BOL", "12") in _pairs(
        ctx, "Paraguay expelled a Bolivian diplomat on Tuesday, rejecting Foreign Minister Ana Quispe's claims "
             "of espionage.")


def test_a_stance_on_an_unknown_title_of_the_doers_own_state_or_with_no_act_before_is_no_event(ctx):
    pairs = _pairs(ctx, "Kenya recalled its ambassador from Tanzania on Monday, praising Minister John Mwangi's "
                        "office for its work.")
    assert ("KEN", "TZA", "11") not in pairs  # praise is no disapproval
    pairs = _pairs(ctx, "Kenya's president dissolved the cabinet on Monday, accusing Minister John Mwangi's office "
                        "of lying.")
    assert not {p for p in pairs if p[2] == "11" and p[1] != "KEN"}
