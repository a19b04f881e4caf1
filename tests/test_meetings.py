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
