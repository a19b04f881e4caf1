"""Armed forces arriving to help another state: military protection (074), not a visit."""


def test_troops_sent_to_help_are_protection(full_codes):
    codes = full_codes("Chilean paratroopers arrived in Peru on Tuesday at the request of its government "
                       "to help restore order.")
    assert ("CHL", "PER", "074") in codes
    assert ("CHL", "PER", "042") not in codes


def test_a_leader_or_troops_without_a_helping_purpose_stay_visits(full_codes):
    assert ("CHL", "PER", "042") in full_codes("Chilean troops arrived in Peru on Tuesday.")
    assert ("CHL", "PER", "042") in full_codes("Chile's president arrived in Peru on Tuesday to help "
                                               "the flood victims.")
