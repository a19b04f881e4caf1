"""A second act between a pair the sentence already codes (issue 12, branch ``second``).

The gold standard annotates one event per (source, target, root), so a sentence that reports two
acts of different roots between the same pair ("recalled its ambassador and suspended talks",
"met and pledged not to use force", "demanded ..., and summoned the ambassador") gives two events.
One act told with two words ("condemned and denounced") stays one.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.root) for e in doc.events}


def _events(ctx, text):
    return code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx).events


def test_a_verb_joined_by_and_with_no_target_of_its_own_is_aimed_where_the_first_act_was(ctx):
    """``stages/shared_target.py``."""
    pairs = _pairs(ctx, "Greece recalled its ambassador from Turkey on Monday and suspended military talks.")
    assert ("GRC", "TUR", "16") in pairs  # the recall (161) and the suspended talks (164), one root
    assert len([e for e in _events(ctx, "Greece recalled its ambassador from Turkey on Monday and suspended "
                                        "military talks.") if e.code == "164" and e.target.primary == "TUR"]) == 1
    assert ("JPN", "CHN", "15") in _pairs(
        ctx, "Japan protested to China over the incursion and scrambled fighter jets.")
    assert ("TUR", "NLD", "16") in _pairs(ctx, "Turkey expelled the Dutch ambassador on Saturday and banned flights.")
    assert ("DEU", "UKR", "07") in _pairs(
        ctx, "Germany said it would resume training Ukrainian pilots with Ukraine and restart security assistance.")


def test_a_clause_of_its_own_or_a_participle_of_consequence_takes_no_target_from_the_first_act(ctx):
    pairs = _pairs(ctx, "Russian troops shelled Kharkiv in Ukraine, killing five civilians and wounding ten.")
    assert {r for s, t, r in pairs if (s, t) == ("RUS", "UKR")} == {"19"}
    pairs = _pairs(ctx, "Jordan dropped food supplies over Gaza on Tuesday as aid agencies warned of famine.")
    assert ("JOR", "PSE", "07") in pairs and ("JOR", "PSE", "13") not in pairs
    pairs = _pairs(ctx, "Kenya expelled the Somali envoy on Monday, hours after envoys of the two sides resumed talks.")
    assert ("KEN", "SOM", "04") not in pairs


def test_one_act_told_with_two_verbs_is_one_event(ctx):
    pairs = _pairs(ctx, "France condemned and denounced the attack on its embassy in Niger.")
    assert {r for s, t, r in pairs if s == "FRA"} == {"11"}


def test_after_a_demands_complement_a_past_verb_is_the_demanders_second_act(ctx):
    """``stages/returned.py``: the demander's subject, out of the demand's mood."""
    pairs = _pairs(ctx, "Germany demanded that Iran free the detained journalist, and summoned the Iranian ambassador.")
    assert {("DEU", "IRN", "10"), ("DEU", "IRN", "11")} <= pairs
    pairs = _pairs(ctx, "Kenya urged Somalia to withdraw its troops from the border, and recalled its "
                        "ambassador to Mogadishu.")
    assert {("KEN", "SOM", "02"), ("KEN", "SOM", "16")} <= pairs
    pairs = _pairs(ctx, "Peru demanded on Monday that Bolivia hand over the suspects, and accused La Paz of "
                        "sheltering them.")
    assert ("PER", "BOL", "11") in pairs
    assert not any(s == "BOL" for s, _, _ in pairs)  # not the actor named inside the complement


def test_a_base_form_inside_the_complement_stays_demanded(ctx):
    pairs = _pairs(ctx, "Poland called on Belarus to halt the flights and expel the smugglers.")
    assert ("POL", "BLR", "17") not in pairs
    pairs = _pairs(ctx, "Germany demanded that Russia release the journalist, and Moscow rejected the demand.")
    assert ("DEU", "RUS", "12") not in pairs and ("DEU", "RUS", "11") not in pairs


def test_a_visit_by_a_guest_with_no_destination_is_to_the_dateline_or_the_place_named(ctx):
    """``visiting.dateline_host``: "during a visit by X", as "on a visit"."""
    pairs = _pairs(ctx, "NAIROBI - Kenya and Ethiopia agreed on Monday to reopen their border, "
                        "during a visit by Ethiopian Prime Minister Abiy Ahmed.")
    assert {("ETH", "KEN", "04"), ("KEN", "ETH", "04")} <= pairs
    pairs = _pairs(ctx, "Chile and Argentina signed a water-sharing accord in Santiago during a visit by "
                        "Argentine President Javier Milei.")
    assert {("ARG", "CHL", "04"), ("CHL", "ARG", "04"), ("ARG", "CHL", "05")} <= pairs


def test_a_visit_with_no_place_at_all_is_not_coded(ctx):
    pairs = _pairs(ctx, "Chile and Argentina signed an accord on Monday during a visit by the Argentine president.")
    assert not any(r == "04" for _, _, r in pairs)


def test_an_object_with_a_hyphened_or_possessive_modifier_is_no_subject_for_the_next_verb(ctx):
    """``subjects._rest_of_object``: "seized a Liberian-flagged ship ... and opened"."""
    pairs = _pairs(ctx, "Italy seized a Liberian-flagged cargo ship on Tuesday and opened an investigation "
                        "into the explosion.")
    assert ("ITA", "LBR", "09") in pairs
    assert not any(s == "LBR" for s, _, _ in pairs)
    pairs = _pairs(ctx, "The EU agreed to ban Russian airlines from the bloc's airspace and demanded the "
                        "release of the detained journalist.")
    assert ("EU", "RUS", "10") in pairs


def test_a_pledge_not_to_use_force_is_an_intent_to_deescalate_beside_the_meeting(ctx):
    """Rule ``0356/pledge-no-force``."""
    pairs = _pairs(ctx, "Serbia and Kosovo pledged on Friday not to use force against each other after talks "
                        "in Brussels.")
    assert {("SRB", "XKX", "03"), ("XKX", "SRB", "03"), ("SRB", "XKX", "04")} <= pairs
    assert ("SRB", "XKX", "03") in _pairs(ctx, "Serbia vowed not to use force against Kosovo.")
    assert ("SRB", "XKX", "03") not in _pairs(ctx, "Serbia refused to pledge not to use force against Kosovo.")
