"""The host's side of a visit when the two act together in its sentence (stages/hosts.py)."""


def test_a_joint_act_shows_the_host_receiving_the_guest(full_codes):
    codes = full_codes("Chile's president arrived in Peru on Monday and signed a trade agreement with "
                       "the Peruvian government.")
    assert ("CHL", "PER", "042") in codes
    assert ("PER", "CHL", "043") in codes


def test_a_guest_acting_alone_leaves_the_host_uncoded(full_codes):
    codes = full_codes("Chile's president made a surprise visit to Lima on Monday and pledged aid to Peru.")
    assert ("CHL", "PER", "042") in codes
    assert ("PER", "CHL", "043") not in codes
