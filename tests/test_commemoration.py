"""A crowd gathered to remember, mourn, pray or celebrate is no demonstration (issue 11, fp23).
Sentences written for these tests."""


def _codes(coded, text, published="2024-06-12"):
    return {(e.source.code, e.target.primary, e.code) for e in coded(text, published).events}


def test_a_gathering_to_mark_an_anniversary_is_no_protest(coded):
    found = _codes(coded, "Hundreds gathered outside the old town hall in Lagos on Friday to mark ten years "
                          "since the flood that killed 40 people.")
    assert not any(code.startswith("14") for _, _, code in found)


def test_mourners_gathered_in_front_of_a_church_to_pray_are_no_protest(coded):
    found = _codes(coded, "Relatives gathered in front of the cathedral in Quito on Sunday to pray for the missing miners.")
    assert not any(code.startswith("14") for _, _, code in found)


def test_a_gathering_outside_parliament_stays_a_protest(coded):
    found = _codes(coded, "Hundreds gathered outside the parliament in Lagos on Friday, chanting against the fuel price rise.")
    assert any(code == "141" for _, _, code in found)


def test_a_purpose_in_a_later_clause_does_not_veto_the_protest(coded):
    found = _codes(coded, "Hundreds gathered outside the parliament in Lagos on Friday; on Sunday "
                          "the families met to mark the anniversary.")
    assert any(code == "141" for _, _, code in found)
