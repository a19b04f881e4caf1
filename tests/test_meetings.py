"""Meetings the text implies without a meeting verb (stages/meetings.py)."""


def test_a_hosted_leader_visited_the_host(full_codes):
    codes = full_codes("Ghana's president on Monday hosted his Togolese counterpart at the presidential "
                       "palace in Accra.")
    assert ("GHA", "TGO", "043") in codes
    assert ("TGO", "GHA", "042") in codes


def test_a_received_minister_visited_the_host(full_codes):
    codes = full_codes("Peru's president received the Chilean foreign minister in Lima on Tuesday.")
    assert ("CHL", "PER", "042") in codes


def test_receiving_money_makes_no_guest(full_codes):
    codes = full_codes("Jordan received a $500 million grant from the United Arab Emirates on Tuesday.")
    assert ("ARE", "JOR", "042") not in codes


def test_a_leader_welcomed_to_a_summit_is_no_bilateral_guest(full_codes):
    codes = full_codes("Ethiopia welcomed the Sudanese prime minister back to the African Union summit in "
                       "Addis Ababa on Saturday.")
    assert ("ETH", "SDN", "043") in codes
    assert ("LBY", "EGY", "042") not in codes


def test_talks_hosted_by_a_third_state_make_no_guest_of_the_sides(full_codes):
    codes = full_codes("Serbia and Kosovo agreed on Monday to open a border crossing after talks hosted "
                       "by the Austrian chancellor in Vienna.")
    assert ("SRB", "AUT", "042") not in codes
    assert ("XKX", "AUT", "042") not in codes


def test_leaders_signing_in_one_side_s_capital_met_there(full_codes):
    codes = full_codes("Portuguese Prime Minister Luis Montenegro and his Cape Verdean counterpart signed "
                       "a fisheries accord in Lisbon on Friday.")
    assert ("PRT", "CPV", "043") in codes
    assert ("CPV", "PRT", "042") in codes


def test_a_signing_in_a_third_country_is_not_a_meeting(full_codes):
    codes = full_codes("The presidents of Armenia and Azerbaijan signed a declaration in Geneva on Friday.")
    assert not any(code.startswith("04") for _, _, code in codes)


def test_states_signing_through_unnamed_envoys_are_not_shown_meeting(full_codes):
    codes = full_codes("Chile and Peru signed a water-sharing agreement in Lima on Friday.")
    assert ("CHL", "PER", "042") not in codes


def test_a_phone_call_named_in_a_time_phrase_is_a_consultation_both_ways(triples):
    got = triples("Ecuador will reopen its southern border crossings, President Daniel Noboa said on Monday "
                  "after a phone call with Peruvian President Dina Boluarte.")
    assert ("ECU", "PER", "04") in got and ("PER", "ECU", "04") in got


def test_talks_at_a_place_after_which_two_leaders_agreed(triples):
    got = triples("The presidents of Kenya and Tanzania agreed on Friday to scrap trucking permits after "
                  "three hours of talks at a lakeside lodge.")
    assert ("KEN", "TZA", "04") in got and ("TZA", "KEN", "04") in got


def test_talks_brokered_by_a_third_party_make_no_meeting_of_the_sides(triples):
    got = triples("Armenia and Azerbaijan agreed to exchange prisoners after talks brokered by Russia.")
    assert ("ARM", "AZE", "04") not in got


def test_talks_in_a_country_do_not_make_it_a_party(triples):
    got = triples("Sudan's army and a rebel militia agreed on Saturday to a truce after five days of talks in Kenya.")
    assert not any(target == "KEN" for _, target, _ in got)


def test_the_end_of_their_summit(triples):
    got = triples("The leaders of Vietnam and Laos issued a joint communique on Friday at the end of their summit.")
    assert ("VNM", "LAO", "04") in got and ("LAO", "VNM", "04") in got


def test_discussed_by_telephone(triples):
    got = triples("Lula and Milei discussed trade by telephone on Tuesday, Brazil's government said.")
    assert ("BRA", "ARG", "04") in got and ("ARG", "BRA", "04") in got


def test_sitting_beside_a_host_in_his_city_is_a_visit(full_codes):
    codes = full_codes("Sitting beside Erdogan at a forum in Ankara on Friday, Aliyev praised the new pipeline.")
    assert ("AZE", "TUR", "042") in codes
    assert ("TUR", "AZE", "043") in codes


def test_standing_beside_an_ally_is_no_meeting(triples):
    got = triples("Germany will stand beside Ukraine for as long as it takes, the chancellor said on Friday.")
    assert ("DEU", "UKR", "04") not in got


def test_the_country_of_a_venue_named_by_its_demonym_is_no_party(triples):
    got = triples("Delegates of Ethiopia and Eritrea resumed talks in the Kenyan city of Mombasa on Monday.")
    assert not any("KEN" in (source, target) for source, target, _ in got)
    got = triples("Serbia resumed talks in the Hungarian capital on Tuesday.")
    assert ("SRB", "HUN", "04") not in got


def test_a_demonym_before_an_ordinary_noun_still_names_a_side(triples):
    got = triples("Russia resumed talks with the Turkish government on Monday.")
    assert ("RUS", "TUR", "04") in got


def test_a_deposit_received_from_a_state_is_aid_not_a_visit(triples):
    got = triples("Pakistan received a $2 billion deposit from Saudi Arabia on Monday to shore up its reserves.")
    assert ("SAU", "PAK", "07") in got
    assert ("PAK", "SAU", "04") not in got


def test_welcoming_his_counterpart_to_a_palace_is_hosting_a_visit(full_codes):
    codes = full_codes("Indonesian President Joko Widodo welcomed his Malaysian counterpart to the Bogor "
                       "palace on Monday.")
    assert ("IDN", "MYS", "043") in codes
    assert ("MYS", "IDN", "042") in codes


def test_told_in_a_phone_call_is_a_call_both_ways(full_codes):
    codes = full_codes("In a phone call on Monday, the Kenyan president told the Ugandan president that the "
                       "pipeline would go ahead.")
    assert ("KEN", "UGA", "041") in codes and ("UGA", "KEN", "041") in codes


def test_said_in_a_phone_call_names_no_listener(triples):
    got = triples("Macron said in a phone call on Monday that France would send aid to Ukraine.")
    assert ("FRA", "UKR", "04") not in got and ("UKR", "FRA", "04") not in got


def test_a_call_with_a_named_partner_is_left_to_the_lexicon(full_codes):
    codes = full_codes("Chile's president told reporters after a phone call with Peru's president that the "
                       "border would reopen.")
    assert ("CHL", "PER", "041") in codes


def test_the_two_sides_are_not_a_city_named_before(triples):
    got = triples("The Malian army and the Wagner-backed militia clashed in Gao on Monday. The two sides resumed "
                  "talks in Algiers on Tuesday. The Ethiopian army and the Oromo Liberation Army clashed in "
                  "Nekemte on Monday. The two sides resumed talks in Mombasa on Tuesday.")
    assert not any("DZA" in (source, target) for source, target, _ in got)


def test_attending_a_ceremony_abroad_is_a_visit(full_codes):
    codes = full_codes("The Indian foreign minister attended the inauguration in Colombo on Sunday.")
    assert ("IND", "LKA", "042") in codes


def test_speaking_at_a_memorial_abroad_is_a_visit(full_codes):
    codes = full_codes("Speaking at the war memorial in Canberra on Monday, the New Zealand prime minister "
                       "thanked Australia.")
    assert ("NZL", "AUS", "042") in codes


def test_a_ceremony_or_a_speech_at_home_is_no_visit(full_codes):
    codes = full_codes("Blinken attended a ceremony in Washington on Monday. Speaking at a memorial in Berlin, "
                       "Scholz said Germany would never forget.")
    assert not any(code.startswith("04") for _, _, code in codes)


def test_talks_in_an_aside_are_the_day_s_news(triples):
    got = triples("The Canadian prime minister, who held talks with the Mexican president, said on Monday that "
                  "the trade pact would survive.")
    assert ("CAN", "MEX", "04") in got and ("MEX", "CAN", "04") in got


def test_a_meeting_of_the_past_in_an_aside_stays_background(triples):
    got = triples("The Canadian prime minister, who met the Mexican president in 2019, said on Monday that the "
                  "trade pact would survive. Erdogan, who has met Putin many times, said Turkey would stay neutral.")
    assert not any(root == "04" for _, _, root in got)


def test_a_meeting_named_in_a_time_phrase_takes_the_visit_codes_of_its_place(full_codes):
    codes = full_codes("The Kenyan and Tanzanian presidents agreed to reopen the border after talks in "
                       "Dodoma on Thursday.")
    codes_abroad = full_codes("Chile said on Monday it would extradite the suspect to Peru, after talks with "
                              "the Peruvian foreign minister in Lima.")
    assert ("CHL", "PER", "042") in codes_abroad
    assert ("PER", "CHL", "043") in codes_abroad
    assert not any(code.startswith("04") and "TZA" not in (a, b) for a, b, code in codes)
