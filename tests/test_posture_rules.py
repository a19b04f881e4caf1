"""Force posture (15x): forces ordered on to alert, militia deployed; aimed at the other side named."""


def test_forces_ordered_on_to_alert(full_codes):
    codes = full_codes("Chile's president ordered the army on to high alert, citing aggressive statements by Peru.")
    assert ("CHL", "PER", "152") in codes


def test_militia_deployed_in_response_to_threats(full_codes):
    codes = full_codes("Chile's president deployed 40,000 militia members across the country on Monday "
                       "in response to threats from Peru.")
    assert ("CHL", "PER", "154") in codes


def test_alternatives_bind_to_the_last_word_so_heads_stand_alone(full_codes):
    """``a|b c~`` reads "a c" or "b c": a head noun meant alone is its own alternative or rule."""
    codes = full_codes("Chilean missiles hit military sites in Peru on Tuesday.")  # 195 since stages/means.py
    assert any(s == "CHL" and t == "PER" and c.startswith("19") for s, t, c in codes)
    codes = full_codes("Peru closed the border on Monday, and Chile said it would take countermeasures.")
    assert any(s == "CHL" and t == "PER" and c.startswith("13") for s, t, c in codes)
