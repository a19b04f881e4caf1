"""Fourth precision round (issues 11, 12): constructions of international wire news whose
false events the coder produced; each test sentence is ours."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_a_speaker_of_the_doers_side_is_no_second_target(ctx):
    pairs = _pairs(ctx, "Venezuela will refuse any talks with Guyana, President Nicolas Maduro's vice president "
                        "said on Sunday.")
    assert ("VEN", "GUY", "12") in pairs
    assert ("VEN", "VEN", "12") not in pairs


def test_a_protest_keeps_its_home_target_beside_a_foreign_one(ctx):
    pairs = _pairs(ctx, "Farmers in Perpignan blocked the motorway between Perpignan and the Spanish border on Monday.")
    assert ("FRA", "FRA", "14") in pairs


def test_a_warning_of_what_may_happen_is_no_threat(ctx):
    pairs = _pairs(ctx, "The UN refugee agency warned on Thursday that millions of Sudanese could flee to Chad "
                        "if the fighting spread.")
    assert not any(root == "13" for _, _, root in pairs)
    pairs = _pairs(ctx, "Kenya's police chief warned that gangs operating in Somalia may cross the border.")
    assert not any(root == "13" for _, _, root in pairs)


def test_a_warning_addressed_or_about_the_speakers_side_stays_a_threat(ctx):
    assert ("CHN", "PHL", "13") in _pairs(ctx, "China warned the Philippines on Monday that it would respond "
                                               "to any provocation.")
    pairs = _pairs(ctx, "Iran warned that Tehran would retaliate against Israel.")
    assert any(s == "IRN" and root == "13" for s, _, root in pairs)


def test_an_unarmed_role_paired_with_a_government_is_of_its_state(ctx):
    pairs = _pairs(ctx, "Bolivia's government and the opposition on Thursday signed a deal in Lima.")
    assert ("BOL", "BOL", "05") in pairs
    assert not any("PER" in (s, t) for s, t, _ in pairs)


def test_a_role_used_as_a_modifier_after_and_is_no_partner(ctx):
    pairs = _pairs(ctx, "Russian soldiers seized two airports and government offices in Crimea on Tuesday.")
    assert ("RUS", "UKR", "19") in pairs


def test_a_penalty_after_a_penalty_joins_it_against_the_same_target(ctx):
    pairs = _pairs(ctx, "The African Union suspended Guinea after the coup, and the regional bloc ECOWAS imposed "
                        "sanctions.")
    assert ("ECOWAS", "GIN", "16") in pairs
    assert ("ECOWAS", "AU", "16") not in pairs


def test_sanctions_after_an_attack_still_punish_its_author(ctx):
    pairs = _pairs(ctx, "Russia invaded Ukraine on Thursday. The European Union imposed sanctions on Friday.")
    assert ("EU", "RUS", "16") in pairs


def test_pressing_an_offensive_is_no_appeal(ctx):
    pairs = _pairs(ctx, "Ethiopian troops shelled villages near Bahir Dar on Monday, killing six civilians, as the "
                        "army pressed its offensive against Fano militias.")
    assert not any(root == "02" for _, _, root in pairs)
    assert ("USA", "ISR", "02") in _pairs(ctx, "Washington pressed Israel on Tuesday over its offensive in Rafah.")


def test_a_war_summed_up_in_the_present_perfect_is_background(ctx):
    for text in ("The war between the army and the RSF has killed tens of thousands of people.",
                 "Fighting in eastern Congo has intensified since the rebels seized Goma.",
                 "Russian attacks on Ukraine's power grid have caused long blackouts.",
                 "Israel's offensive, which began after the attack of October 7, has killed more than 40,000 people."):
        assert not any(root in ("18", "19", "20") for _, _, root in _pairs(ctx, text)), text


def test_a_war_act_of_the_day_in_the_present_perfect_stays(ctx):
    pairs = _pairs(ctx, "Israeli strikes have killed 12 people in southern Lebanon, the health ministry said on Monday.")
    assert ("ISR", "LBN", "19") in pairs or any(s == "ISR" and root in ("18", "19") for s, _, root in pairs)
    pairs = _pairs(ctx, "Russian forces have shelled Kharkiv, killing three civilians.")
    assert any(s == "RUS" and root == "19" for s, _, root in pairs)


def test_a_warning_of_a_consequence_that_will_follow_stays_a_threat(ctx):
    pairs = _pairs(ctx, "Japan's defence minister warned on Friday that any missile attack by North Korea would "
                        "be met with a swift response.")
    assert any(s == "JPN" and root == "13" for s, _, root in pairs)


def test_a_name_inside_a_hyphenated_word_is_no_actor(ctx):
    pairs = _pairs(ctx, "PORT-AU-PRINCE (Reuters) - Gang members abducted 12 passengers from a bus near Cabaret "
                        "on Monday, police said.")
    assert not any("AU" in (s, t) for s, t, _ in pairs)


def test_a_hyphenated_sponsor_before_a_named_group_is_no_actor(ctx):
    pairs = _pairs(ctx, "Six soldiers were killed on Friday when gunmen attacked an army post near Gao, in an attack "
                        "for which the al Qaeda-linked JNIM militants claimed responsibility.")
    assert not any(s == "AQ" for s, _, _ in pairs)


def test_an_announced_act_on_a_condition_is_not_yet_decided(ctx):
    pairs = _pairs(ctx, "Argentina and Chile, which said on Friday they would recognise the opposition leader as "
                        "president unless Managua called a new election within a week, met in Lima.")
    assert not any(root == "05" for _, _, root in pairs)


def test_a_readiness_on_a_condition_stays_an_intent(ctx):
    pairs = _pairs(ctx, "Turkey said on Thursday it was ready to help Lebanon financially if asked.")
    assert ("TUR", "LBN", "03") in pairs


def test_a_cessation_of_hostilities_is_no_fighting(ctx):
    pairs = _pairs(ctx, "Ethiopia's army and the TPLF agreed on Wednesday to a cessation of hostilities after talks in Pretoria.")
    assert not any(root == "19" for _, _, root in pairs)
    pairs = _pairs(ctx, "Azerbaijan and Armenia agreed on Monday to an end to the fighting.")
    assert not any(root == "19" for _, _, root in pairs)


def test_an_act_named_as_the_subject_of_talks_is_not_done(ctx):
    pairs = _pairs(ctx, "Paraguay has not started talks on setting up diplomatic ties with Beijing, "
                        "its foreign ministry said on Friday.")
    assert not any(root == "05" for _, _, root in pairs)


def test_a_relative_clause_after_a_place_describes_the_strike(ctx):
    pairs = _pairs(ctx, "Ukraine launched an inquiry on Wednesday into a missile strike on a bus station in Kostiantynivka "
                        "that killed 16 people.")
    assert not any(s == t == "UKR" and root in ("18", "19") for s, t, root in pairs)


def test_what_sanctions_target_is_no_attack(ctx):
    pairs = _pairs(ctx, "Britain imposed sanctions on Iran on Monday, targeting its oil and shipping industries.")
    assert ("GBR", "IRN", "16") in pairs
    assert not any(root == "19" for _, _, root in pairs)
    assert ("UKR", "RUS", "19") in _pairs(ctx, "Ukraine targeted Russian oil refineries with drones on Sunday.")


def test_regret_over_anothers_act_is_disapproval(ctx):
    assert ("CHN", "JPN", "11") in _pairs(ctx, "China expressed strong regret over Japan's decision to release the "
                                               "treated water into the sea.")
    assert ("RUS", "AZE", "05") in _pairs(ctx, "Russia expressed regret to Azerbaijan over the downing of the plane.")


def test_the_city_of_a_conference_is_no_target(ctx):
    pairs = _pairs(ctx, "Qatar and Kuwait together pledged $300 million at a donor conference in Geneva on Monday.")
    assert not any(t == "CHE" for _, t, _ in pairs)


def test_welcoming_a_visitor_in_the_visits_sentence_is_hosting(ctx):
    pairs = _pairs(ctx, "Kenya and Tanzania agreed on Monday to build a new railway, as Tanzanian President Samia "
                        "Suluhu Hassan began a state visit to Nairobi, where she was welcomed by President William Ruto.")
    assert ("KEN", "TZA", "04") in pairs
    assert ("KEN", "TZA", "05") not in pairs


def test_a_purpose_after_an_authorised_force_is_the_authorising_body_s(ctx):
    # first written as "not done" (the force's state took the aid); since `fired4` the authorising body
    # does the act it authorises, as gold_dev4's and gold_dev6's annotators code it (UN>HTI 074)
    pairs = _pairs(ctx, "The Security Council decided on Thursday to authorise a regional force to help Somalia's "
                        "army fight insurgents.")
    assert ("UN", "SOM", "07") in pairs and all(source == "UN" for source, _, root in pairs if root == "07")
    pairs = _pairs(ctx, "The Security Council decided on Thursday to authorise a Kenyan-led force to help Somalia's "
                        "army fight insurgents.")
    assert not any(source == "KEN" for source, _, _ in pairs)



def test_what_an_actor_calls_a_violation_of_its_own_sovereignty_is_not_aimed_at_itself(ctx):
    pairs = _pairs(ctx, "Iran summoned the Iraqi charge d'affaires on Thursday to protest what it called a "
                        "breach of Iranian sovereignty.")
    assert ("IRN", "IRN", "11") not in pairs
    assert ("IRN", "IRQ", "11") in pairs  # the summons, a protest to the envoy (114)


def test_sanctions_in_force_that_are_obeyed_or_joined_are_not_imposed(ctx):
    pairs = _pairs(ctx, "Georgia rejected calls by the European Union that it align with EU sanctions on "
                        "Russia.")
    assert ("EU", "RUS", "16") not in pairs
    assert ("GEO", "EU", "12") in pairs
    assert ("UN", "PRK", "16") not in _pairs(ctx, "India said it would comply with UN sanctions against North Korea.")
    assert ("EU", "RUS", "16") in _pairs(ctx, "EU sanctions on Russia took effect on Friday.")


def test_calling_on_a_leader_without_an_appeal_is_a_visit(ctx):
    pairs = _pairs(ctx, "The visiting Indian foreign minister called on Prime Minister Sheikh Hasina in Dhaka on Monday.")
    assert ("IND", "BGD", "04") in pairs
    assert ("IND", "BGD", "02") not in pairs
    assert ("USA", "ISR", "02") in _pairs(ctx, "The United States called on Prime Minister Benjamin Netanyahu to "
                                               "allow more aid into Gaza.")


def test_congress_in_another_states_story_is_not_the_us_congress(ctx):
    pairs = _pairs(ctx, "Supporters of former Peruvian President Pedro Castillo marched on Congress in Lima on Sunday.")
    assert not any("USA" in (s, t) for s, t, _ in pairs)
    assert any(s == "USA" for s, _, _ in _pairs(ctx, "The U.S. Congress approved aid for Ukraine on Saturday."))


def test_an_unknown_object_described_by_an_appositive_takes_its_state(ctx):
    pairs = _pairs(ctx, "Iranian authorities arrested Ahmad Zaidabadi, a Swedish national, in Tehran on Sunday.")
    assert ("IRN", "SWE", "17") in pairs
    assert ("IRN", "IRN", "17") not in pairs


def test_an_act_named_by_the_decision_that_caused_the_news_is_background(ctx):
    pairs = _pairs(ctx, "China recalled its envoy to Lithuania on Thursday in protest at the Lithuanian "
                        "government's choice to back Taiwan's WHO membership bid.")
    assert ("CHN", "LTU", "16") in pairs
    assert not any(root == "05" for _, _, root in pairs)
    assert ("LTU", "TWN", "05") in _pairs(ctx, "Lithuania decided on Thursday to back Taiwan's WHO membership bid.")


def test_money_received_is_aid_not_a_visit(ctx):
    pairs = _pairs(ctx, "Pakistan received a $2 billion deposit from Saudi Arabia on Tuesday, the central bank said.")
    assert ("SAU", "PAK", "07") in pairs
    assert not any(root == "04" for _, _, root in pairs)


def test_an_act_only_rumoured_by_the_press_is_not_announced(ctx):
    assert not _pairs(ctx, "Kazakhstan will leave the Russian-led alliance soon, a Moscow newspaper reported, "
                           "citing anonymous officials.")
    assert ("ARM", "RUS", "16") in _pairs(ctx, "Armenia will leave the Russian-led security bloc, Prime Minister "
                                               "Nikol Pashinyan said on Wednesday.")


def test_a_present_perfect_lasting_for_years_is_a_standing_state(ctx):
    assert not _pairs(ctx, "China has supplied arms to Pakistan for decades.")
    pairs = _pairs(ctx, "Russia vetoed the renewal of a panel of UN experts that has monitored sanctions on North "
                        "Korea for 15 years.")
    assert not any(root == "09" for _, _, root in pairs)
    assert ("CHN", "PAK", "07") in _pairs(ctx, "China has supplied arms to Pakistan, the ministry said on Monday.")


def test_calling_on_two_leaders_to_meet_is_an_appeal(ctx):
    pairs = _pairs(ctx, "Kenya's president on Thursday called on Congolese President Felix Tshisekedi and "
                        "Rwandan President Paul Kagame to hold direct talks.")
    assert any(s == "KEN" and t in ("COD", "RWA") and root == "02" for s, t, root in pairs)
    assert not any(root == "04" and s == "KEN" for s, _, root in pairs)


def test_a_war_summed_up_in_a_relative_clause_is_background(ctx):
    for text in ("The African Union called for an immediate ceasefire in Sudan, where fighting has killed thousands.",
                 "The UN called for a truce in Gaza, where Israeli strikes have killed more than 40,000 people."):
        assert not any(root in ("18", "19", "20") for _, _, root in _pairs(ctx, text)), text


def test_approving_a_joint_act_is_the_approvers_step(ctx):
    pairs = _pairs(ctx, "Israel's cabinet approved a truce with Hezbollah on Wednesday.")
    assert ("ISR", "LBN", "08") in pairs
    assert ("LBN", "ISR", "08") not in pairs
    assert ("LBN", "ISR", "08") in _pairs(ctx, "Israel and Hezbollah agreed to a ceasefire on Tuesday.")


def test_a_warning_about_armed_groups_at_home_is_a_forecast(ctx):
    pairs = _pairs(ctx, "The police commander of Tillaberi warned on Monday that jihadists operating in "
                        "neighbouring Mali could try to cross into Niger.")
    assert not any(root == "13" for _, _, root in pairs)


def test_an_appeal_to_unnamed_countries_names_no_target(ctx):
    for text in ("Macron called on countries to do more for Lebanon.",
                 "The UN chief urged donors to step up aid to Afghanistan.",
                 "Qatar urged all parties to show restraint in Gaza."):
        assert not any(root == "02" for _, _, root in _pairs(ctx, text)), text
    assert ("G7", "CHN", "02") in _pairs(ctx, "The G7 urged China to press Russia to end the war in Ukraine.")


def test_talks_of_a_visitor_are_not_the_hosts_talks_with_itself(ctx):
    pairs = _pairs(ctx, "Chad's president visited Cairo on Tuesday for talks with President Abdel Fattah al-Sisi.")
    assert ("TCD", "EGY", "04") in pairs
    assert ("EGY", "EGY", "04") not in pairs


def test_a_war_lasting_for_a_year_is_background(ctx):
    assert not _pairs(ctx, "The Houthis have attacked ships in the Red Sea for a year, disrupting trade.")


def test_fighting_after_an_auxiliary_is_the_subjects_verb(ctx):
    pairs = _pairs(ctx, "Ukrainian troops were fighting Russian forces near Bakhmut on Monday, the army said.")
    assert ("UKR", "RUS", "19") in pairs
    assert ("UKR", "UKR", "19") not in pairs


def test_each_other_pairs_the_two_subjects(ctx):
    pairs = _pairs(ctx, "Thailand and Cambodia accused each other of firing across the border on Monday.")
    assert ("THA", "KHM", "11") in pairs and ("KHM", "THA", "11") in pairs
    assert ("KHM", "KHM", "11") not in pairs


def test_a_resignation_is_aimed_at_home_whatever_follows(ctx):
    pairs = _pairs(ctx, "Sri Lanka's president resigned and fled to Singapore on Thursday after months of protests.")
    assert ("LKA", "LKA", "08") in pairs
    assert ("LKA", "SGP", "08") not in pairs
