"""A crackdown on protesters implies their protest (issue 11, conflict6 round): the report names
the demonstration only through the police's act on it. Sentences written for these tests."""


def _codes(coded, text, published="2024-06-12"):
    return {(e.source.code, e.target.primary, e.code) for e in coded(text, published).events}


def test_tear_gas_at_protesters_codes_their_protest_against_their_state(coded):
    found = _codes(coded, "Kenyan police fired rubber bullets at protesters in Kisumu on Thursday.")
    assert ("KENCOP", "KEN", "175") in found
    assert ("KENCVL", "KEN", "141") in found


def test_a_dispersed_march_by_party_supporters_is_their_protest(coded):
    found = _codes(coded, "Police dispersed a march of opposition supporters in Kinshasa, witnesses said.")
    assert ("CODOPP", "COD", "141") in found


def test_a_dispersed_sit_in_is_a_protest(coded):
    found = _codes(coded, "Riot police dispersed a sit-in by nurses outside the health ministry in Lilongwe on Tuesday.")
    assert any(src.startswith("MWI") and target == "MWI" and code == "141" for src, target, code in found)


def test_tear_gas_at_looters_or_fans_implies_no_protest(coded):
    for text in ("Police fired tear gas at looters in a market in Durban on Monday.",
                 "Police fired tear gas at fans outside the stadium in Cairo after the match."):
        assert not any(code.startswith("14") for _, _, code in _codes(coded, text))


def test_a_protest_already_coded_is_not_doubled(coded):
    events = coded("Bolivian riot police fired tear gas to break up a rally by miners in La Paz on Monday.",
                   "2024-06-12").events
    assert sum(e.root == "14" for e in events) == 1


def test_arrests_during_a_rally_code_the_rally(coded):
    found = _codes(coded, "Police in Almaty detained dozens of people during a rally against fuel prices on Sunday.")
    assert ("KAZCOP", "KAZ", "173") in found
    assert ("KAZCVL", "KAZ", "141") in found


def test_arrested_protesters_were_protesting(coded):
    found = _codes(coded, "Zimbabwean police arrested 40 protesters in Harare on Monday.")
    assert ("ZWECVL", "ZWE", "141") in found


def test_an_arrest_of_suspects_implies_no_protest(coded):
    found = _codes(coded, "Police in Nairobi arrested two suspected robbers on Monday.")
    assert not any(code.startswith("14") for _, _, code in found)


def test_prisoners_named_before_their_arrest_are_background(coded):
    found = _codes(coded, "Nurses arrested during a sit-in in Blantyre said on Friday they had been denied water.")
    assert not any(code.startswith("14") for _, _, code in found)


def test_firing_on_striking_workers_is_repression_not_a_strike(coded):
    # "striking" names the workers' labour strike, not an attack on them
    found = _codes(coded, "Zambian police opened fire on striking miners in Kitwe on Monday, killing two.")
    assert ("ZMBCOP", "ZMB", "175") in found
    assert not any(code.startswith("19") for _, _, code in found)


def test_firing_at_strikers_is_repression(coded):
    found = _codes(coded, "Ghanaian soldiers fired at strikers outside the port in Tema on Monday.")
    assert any(code.startswith("175") for _, _, code in found)
    assert not any(code.startswith("19") for _, _, code in found)
