"""An appeal or demand whose own pattern names the source's protesters or strikers (0252, 1052)
is addressed to its own state; a show of force with no one else named is still not coded."""


def test_an_appeal_to_end_a_strike_is_coded_against_its_own_state(triples):
    assert ("ZAF", "ZAF", "02") in triples("South Africa's president called for an end to the miners' strike.")


def test_a_demand_to_end_protests_is_coded_against_its_own_state(triples):
    assert ("ECU", "ECU", "10") in triples("Ecuador's government demanded an end to the road blockades and protests.")


def test_a_show_of_force_with_no_one_else_named_stays_uncoded(triples):
    assert not any(r == "15" for _, _, r in triples("Chile put its army on high alert on Monday."))
