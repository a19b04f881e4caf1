"""A rule fires but no event comes out, third round (issue 12, branch ``fired3``).

Each class is one construction of English, with sentences of ours that fail without its change
(other actors, other verbs) and one that must not get the event.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text
from dragoman.stages.act_nouns import names_an_act


def _pairs(ctx, text, published=dt.date(2025, 3, 4)):
    doc = code_document(document_from_text(text, published), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


# a reaction whose object is a definite noun that names an act by its form answers the act's doer


def test_a_reaction_to_a_nominalised_act_answers_its_doer(ctx):
    assert ("FRA", "IRN", "05") in _pairs(ctx, "Iran freed a French aid worker on Thursday. France welcomed the "
                                               "release at a news conference.")
    assert ("YEM", "AUS", "11") in _pairs(ctx, "Australia added the Houthis to its list of terrorist groups on "
                                               "Tuesday. Yemen's foreign ministry denounced the listing as provocative.")
    assert ("DEU", "POL", "12") in _pairs(ctx, "Poland's president criticised Germany's migration policy on Monday. "
                                               "Berlin rejected the criticism.")
    assert ("UN", "MLI", "11") in _pairs(ctx, "Mali's junta barred women from public office on Monday. The UN "
                                              "deplored the reversal.")


def test_a_noun_with_an_acts_ending_that_names_no_act_is_no_antecedent(ctx):
    assert not names_an_act("government") and not names_an_act("capital") and not names_an_act("structure")
    assert names_an_act("listing") and names_an_act("withdrawal") and names_an_act("release")
    found = _pairs(ctx, "Chile held a presidential election on Sunday. Peru praised the structure of its new cabinet.")
    assert not any(s == "PER" and r == "05" for s, _, r in found)
