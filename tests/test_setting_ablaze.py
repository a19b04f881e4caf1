"""Fires a violent act sets, told in a participle after it, are part of that act, not a second one;
setting fire as the act itself stays coded (lexicon skip/setting-ablaze-clause)."""


def _codes(coded, text, published="2024-06-12"):
    return {e.code for e in coded(text, published).events}


def test_houses_set_ablaze_by_shelling_are_no_second_act(coded):
    codes = _codes(coded, "Azerbaijani artillery shelled an Armenian border village on Friday, setting two barns ablaze.")
    assert any(c.startswith("19") for c in codes) and not any(c.startswith(("17", "14")) for c in codes), codes


def test_a_participle_after_and_is_part_of_the_attack(coded):
    codes = _codes(coded, "Rebels raided an army post in Kivu on Sunday, killing three soldiers and setting huts ablaze.")
    assert not any(c.startswith("17") for c in codes), codes


def test_setting_houses_ablaze_as_the_act_is_coded(coded):
    assert "1712" in _codes(coded, "Gunmen in Zamfara set dozens of houses ablaze on Tuesday.")
