"""An act named by a noun its doer possesses, as the object of a verb under a modal ("would
resume their attacks", "could push X to order a new military offensive"), is not coded as done
(branch fp19). Sentences written for these tests."""


def _codes(coded, text, published="2024-06-12"):
    return {(e.source.primary, e.target.primary, e.code) for e in coded(text, published).events}


def _fights(found):
    return {f for f in found if f[2][:2] in ("18", "19", "20")}


def test_said_they_would_resume_their_attacks_is_no_attack(coded):
    assert _fights(_codes(coded, "The Houthis said they would resume their attacks on Israeli shipping.")) == set()


def test_would_step_up_its_strikes_is_no_strike(coded):
    assert _fights(_codes(coded, "Azerbaijan said it would step up its strikes on Armenian positions.")) == set()


def test_would_otherwise_resume_their_raids_is_no_raid(coded):
    text = "Al Shabaab warned that its fighters would otherwise resume their raids on Kenyan border towns."
    assert _fights(_codes(coded, text)) == set()


def test_could_push_a_chief_to_order_an_offensive_is_no_offensive(coded):
    text = ("The collapse of the truce could push Sudan's army chief to order a new military offensive "
            "against the RSF.")
    assert _fights(_codes(coded, text)) == set()


def test_possessed_strikes_stepped_up_are_still_strikes(coded):
    found = _codes(coded, "Azerbaijan stepped up its strikes on Armenian positions on Monday.")
    assert ("AZE", "ARM", "190") in found


def test_an_offensive_launched_is_still_a_fight(coded):
    found = _codes(coded, "The army launched a new military offensive against the ELN on Monday.")
    assert any(code == "190" for _, _, code in found)


def test_an_offensive_ordered_is_still_a_fight(coded):
    found = _codes(coded, "The president ordered the army to launch its offensive against the PKK on Monday.")
    assert any(code == "190" for _, _, code in found)
