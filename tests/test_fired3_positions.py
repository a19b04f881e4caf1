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


# a reaction in an apposition after the act (", a <noun> X condemned"): any noun that names an act


def test_a_reaction_apposed_as_a_nominalised_act_answers_the_sentences_doer(ctx):
    assert ("SDN", "TCD", "11") in _pairs(ctx, "Chad closed its border with Sudan on Monday, a closure Khartoum "
                                               "condemned as hostile.")
    assert ("NGA", "GHA", "11") in _pairs(ctx, "Ghana suspended flights to Nigeria on Friday, a suspension Abuja "
                                               "criticised as unjustified.")
    assert ("VEN", "COL", "11") in _pairs(ctx, "Colombia said on Saturday it would sign a cooperation agreement with "
                                               "NATO, a plan Venezuela denounced on Monday as a threat to peace.")
    assert ("BOL", "PER", "11") in _pairs(ctx, "Peru extended a state of emergency along its border with Bolivia on "
                                               "Friday, a measure La Paz criticised as hostile.")


def test_an_act_noun_not_apposed_after_a_comma_or_a_capitalised_name_is_no_apposed_move(ctx):
    found = _pairs(ctx, "Peru signed a trade deal with Chile on Monday, after a meeting Bolivia criticised.")
    assert not any(s == "BOL" and r == "11" for s, _, r in found)
    found = _pairs(ctx, "The European Union imposed new tariffs on Chinese electric cars, a move that Beijing said "
                        "it regretted.")  # "Beijing" ends like an act noun; the move is still the one judged
    assert ("CHN", "EU", "11") in found


# a body after a short fronted phrase ("In a statement, the ministry ...") is the previous subject's state's


def test_a_body_after_a_short_fronted_phrase_is_the_previous_subjects_government(ctx):
    assert ("GUY", "VEN", "11") in _pairs(ctx, "Guyana asked the International Court of Justice on Monday to stop "
                                               "Venezuela from holding a referendum. In a statement, the ministry "
                                               "accused Caracas of seeking to annex the region.")
    assert ("KEN", "UGA", "11") in _pairs(ctx, "Kenya recalled its ambassador from Uganda on Monday. On Tuesday, the "
                                               "foreign ministry accused Kampala of arming rebels.")
    assert ("PER", "MEX", "11") in _pairs(ctx, "Peru recalled its ambassador from Mexico on Friday. Later, the "
                                               "ministry accused Mexico of meddling.")


def test_a_body_after_a_fronted_phrase_naming_a_place_is_not_the_previous_subjects(ctx):
    found = _pairs(ctx, "Kenya recalled its ambassador from Uganda on Monday. In Kampala, the ministry accused "
                        "Tanzania of meddling.")
    assert ("KEN", "TZA", "11") not in found


# "its neighbour" is the state named last before it that is not its owner's


def test_its_neighbour_is_the_last_other_state_named(ctx):
    assert ("COD", "RWA", "11") in _pairs(ctx, "Congo said on Sunday it was severing ties with Rwanda. The foreign "
                                               "ministry in Kinshasa accused its neighbour of a declaration of war.")
    found = _pairs(ctx, "Sudan closed its border with Chad on Monday. Khartoum accused its neighbour of arming the RSF.")
    assert ("SDN", "TCD", "11") in found and ("SDN", "SDN", "11") not in found
    assert ("ETH", "ERI", "11") in _pairs(ctx, "Ethiopia closed its border with Eritrea on Monday. Addis Ababa "
                                               "accused its neighbour of backing rebels.")


def test_its_neighbour_with_no_other_state_named_stays_unknown(ctx):
    found = _pairs(ctx, "Kenya said on Monday that it accused its neighbour of violating the ceasefire.")
    assert not any(r == "11" for _, _, r in found)


# an act marked as a response ("answered by V-ing", "in response") is aimed at whoever did what it answers


def test_a_response_by_a_gerund_is_aimed_at_the_doer_of_the_act_it_answers(ctx):
    assert ("BLR", "POL", "15") in _pairs(ctx, "Warsaw accused Minsk of orchestrating the crisis, and Belarus's "
                                               "defence ministry answered by holding snap drills near the frontier.")
    assert ("AZE", "ARM", "15") in _pairs(ctx, "Armenia accused Azerbaijan of shelling border villages, and Baku "
                                               "responded by holding military exercises near the frontier.")
    assert ("TUR", "GRC", "15") in _pairs(ctx, "Greece protested against Turkish survey flights on Monday, and Ankara "
                                               "reacted by staging naval drills in the Aegean.")


def test_a_response_by_one_whom_no_earlier_act_was_aimed_at_gets_no_target(ctx):
    found = _pairs(ctx, "Peru recalled its ambassador from Mexico on Monday, and Bolivia responded by holding "
                        "military drills near the border.")
    assert not any(s == "BOL" for s, _, _ in found)


# a noun of disapproval or rejection apposed to the main act (", a rare rebuke to X") sums it up


def test_an_apposed_summing_up_noun_is_the_main_subjects_act(ctx):
    found = _pairs(ctx, "Foreign ministers of the Association of Southeast Asian Nations decided on Friday to keep "
                        "Myanmar's junta chief away from the bloc's summit, an unusual rebuke from a grouping that "
                        "prizes non-interference.")
    assert ("ASEAN", "MMR", "11") in found
    assert ("UN", "RUS", "12") in _pairs(ctx, "The UN General Assembly on Thursday adopted a resolution declaring "
                                              "Crimea's referendum invalid, in a rebuff to Moscow.")
    assert ("KEN", "TZA", "11") in _pairs(ctx, "Kenya recalled its ambassador from Tanzania on Monday, a rare rebuke "
                                               "to Dodoma.")
    found = _pairs(ctx, "Argentina expelled the Venezuelan ambassador on Monday, a clear snub to Caracas.")
    assert ("ARG", "VEN", "12") in found and ("VEN", "ARG", "12") not in found


def test_a_summing_up_noun_not_apposed_after_a_comma_keeps_its_own_frame(ctx):
    found = _pairs(ctx, "Argentina expelled the Venezuelan ambassador on Monday after a snub from Caracas.")
    assert ("ARG", "VEN", "12") not in found
