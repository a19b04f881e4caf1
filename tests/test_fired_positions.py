"""A rule of the right root fires but no event comes out, second round (issue 12, branch ``fired2``).

The misses were grouped by where the missing actor stands relative to the trigger; each class
below is one position, with sentences of ours that fail without its change and one that must not
get the event.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text, published=dt.date(2025, 3, 4)):
    doc = code_document(document_from_text(text, published), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


# coordinated subjects: an intent to yield or de-escalate (035) by two states is towards each other


def test_two_states_agreeing_to_pull_back_or_release_act_towards_each_other(ctx):
    found = _pairs(ctx, "India and Pakistan held talks in Geneva on Monday, and the two states agreed to pull "
                        "back their forces.")
    assert {("IND", "PAK", "03"), ("PAK", "IND", "03")} <= found
    found = _pairs(ctx, "Greece and Turkey agreed to release detained fishermen.")
    assert {("GRC", "TUR", "03"), ("TUR", "GRC", "03")} <= found
    found = _pairs(ctx, "Serbia and Kosovo agreed on Monday to pull back their forces from the border.")
    assert {("SRB", "XKX", "03"), ("XKX", "SRB", "03")} <= found


def test_one_state_agreeing_to_release_has_no_partner_invented(ctx):
    found = _pairs(ctx, "Venezuela agreed on Sunday to release jailed opposition activists.")
    assert not any(r == "03" and s != t for s, t, r in found)


# a description whose antecedent is the speaker: "X's president said that the country would ..."


def test_the_country_in_a_clause_a_state_official_reports_is_the_speakers_state(ctx):
    assert ("CHL", "OECD", "02") in _pairs(
        ctx, "Chile's president announced on Sunday that the country would apply for membership of the OECD.")
    assert ("KEN", "PSE", "03") in _pairs(
        ctx, "Kenya's foreign minister said on Monday that the country would recognise Palestine.")
    assert ("BRA", "BOL", "03") in _pairs(
        ctx, "Brazil's president said on Friday that the country would send aid to Bolivia.")


def test_the_country_reported_by_no_state_stays_unplaced(ctx):
    assert not _pairs(ctx, "Analysts said on Friday that the country would send aid to Bolivia.")


# a fronted adverbial clause: "Demanding ..., X told Y": the opening participle is aimed at whom the main clause names


def test_an_opening_participle_is_aimed_at_whom_the_main_clause_names(ctx):
    found = _pairs(ctx, "Demanding an end to the shelling, Turkey's foreign minister told Armenia and Azerbaijan "
                        "to pull back their forces.")
    assert {("TUR", "ARM", "10"), ("TUR", "AZE", "10")} <= found
    assert ("CAN", "IRN", "12") in _pairs(
        ctx, "Refusing to lift its sanctions, Canada said on Tuesday that measures against Iran would remain.")
    assert {("UN", "IND", "02"), ("UN", "PAK", "02")} <= _pairs(
        ctx, "Urging restraint, the UN chief called on India and Pakistan to resume talks.")


def test_an_opening_participle_is_not_aimed_at_the_doers_own_state_or_a_place(ctx):
    assert not any(r == "02" for _, _, r in _pairs(
        ctx, "Urging restraint, the UN chief said on Monday in Geneva that the talks would continue."))
    assert not any(r == "12" and s != t for s, t, r in _pairs(
        ctx, "Refusing to resign, Peru's president said on Tuesday that Peru would hold early elections."))


# a relative clause on an apposed act noun: ", a move/decision (that) X welcomed/condemned/said they regretted"


def test_a_reaction_apposed_to_the_sentences_act_answers_its_doer_even_when_that_act_gave_no_event(ctx):
    assert ("FRA", "AUS", "11") in _pairs(
        ctx, "Australia cancelled a submarine deal with France, a move French officials condemned as a betrayal.")
    found = _pairs(ctx, "The United States withdrew from the climate accord, a decision that the leaders of Canada "
                        "and Mexico said they regretted.")
    assert {("CAN", "USA", "11"), ("MEX", "USA", "11")} <= found
    assert ("BRA", "ARG", "05") in _pairs(
        ctx, "Argentina's president announced on Monday that the country would rejoin the Mercosur trade talks, "
             "a step Brazil welcomed.")


def test_an_apposed_move_with_no_doer_named_before_gives_no_reaction(ctx):
    assert not any(r == "05" for _, _, r in _pairs(
        ctx, "New rules on grain exports were announced on Monday, a move Peru welcomed."))


# a participle after a quote attribution: "<reported clause>, X said on Monday, demanding/calling for/rejecting ..."


def test_a_participle_after_the_attribution_is_aimed_at_the_reported_clauses_other_actor(ctx):
    assert ("GBR", "IRN", "10") in _pairs(
        ctx, "Iranian forces seized a British tanker in the Gulf, London said on Saturday, demanding its immediate "
             "release.")
    assert ("AU", "MLI", "02") in _pairs(
        ctx, "Rebels in Mali have detained four Algerian engineers, the African Union said on Friday, calling for "
             "their immediate release.")
    assert ("JPN", "RUS", "12") in _pairs(
        ctx, "Japan's ban on imports from Russia will stay, Tokyo said on Tuesday, rejecting calls to lift it.")


def test_a_participle_dismissing_reports_is_not_aimed_at_the_reported_clause(ctx):
    assert not any(r == "12" for _, _, r in _pairs(
        ctx, "Chile has never sold weapons to Bolivia, Santiago said on Monday, dismissing media reports "
             "that arms had crossed the border."))


# a passive agent after a long subject phrase: its words ("request", "calling for") do not govern the verb


def test_a_passive_verb_with_its_agent_after_it_is_not_governed_by_its_subject_phrase(ctx):
    assert ("AL", "SOM", "12") in _pairs(ctx, "Somalia's request for troops was rejected by the Arab League on Monday.")
    assert ("ECOWAS", "MLI", "12") in _pairs(
        ctx, "Mali's request to delay the handover was rejected by ECOWAS on Saturday.")
    assert ("DEU", "UKR", "12") in _pairs(
        ctx, "Ukraine's appeal for more air defence was rejected by Germany on Monday.")
    assert ("RUS", "MDA", "12") in _pairs(ctx, "Moldova's request to join the talks was turned down by Russia.")


def test_a_passive_in_a_condition_stays_unreal(ctx):
    assert not any(r == "12" for _, _, r in _pairs(
        ctx, "If Somalia's request for troops is rejected by the Arab League, the talks will collapse."))


# coordinated subjects through "their countries": "A and B announced that their countries would ..."


def test_their_countries_after_two_coordinated_leaders_are_both_states(ctx):
    found = _pairs(ctx, "Cuba freed an American contractor on Wednesday, and President Raul Castro and President "
                        "Barack Obama announced that their countries would restore diplomatic relations.")
    assert {("CUB", "USA", "05"), ("USA", "CUB", "05")} <= found
    found = _pairs(ctx, "Hours after the vote, President Petro and President Maduro said their countries would "
                        "restore diplomatic relations.")
    assert {("COL", "VEN", "03"), ("VEN", "COL", "03")} <= found
    found = _pairs(ctx, "After talks in Doha, the Afghan and Pakistani ministers said their countries would reopen "
                        "the border crossing.")
    assert ("AFG", "PAK", "03") in found


def test_a_place_before_a_comma_is_not_listed_with_the_actors_after_it(ctx):
    found = _pairs(ctx, "After talks in Doha, the Afghan and Pakistani ministers said their countries would reopen "
                        "the border crossing.")
    assert not any("QAT" in (s, t) for s, t, _ in found)


# a purpose infinitive names the recipient: "pledged $50 million on Monday to help Malawi ..."


def test_a_pledge_with_no_recipient_is_for_whom_its_purpose_helps(ctx):
    found = _pairs(ctx, "Norway and Denmark pledged 50 million dollars on Monday to help Malawi fight a cholera "
                        "outbreak.")
    assert {("NOR", "MWI", "03"), ("DNK", "MWI", "03")} <= found
    assert ("JPN", "NPL", "03") in _pairs(
        ctx, "Japan pledged 10 million dollars on Tuesday to help Nepal rebuild after the earthquake.")
    assert ("KOR", "PHL", "03") in _pairs(
        ctx, "South Korea promised 3 million dollars on Friday to assist the Philippines after the typhoon.")


def test_a_pledge_to_help_no_actor_or_the_donors_own_people_gets_no_recipient(ctx):
    assert not any(s != t for s, t, r in _pairs(
        ctx, "Canada pledged 5 million dollars on Monday to help Canadian farmers hit by the drought.") if r == "03")
