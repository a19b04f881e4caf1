"""Real reports, eleventh Africa round (issue 11, branch ``africa10``): acts told by a noun or a
passive whose doer goes unnamed, in a place whose state is known.

Each class has sentences of ours that fail without its fix and some that must not give the event."""

from coding_support import agent_codes


def _violent(coded) -> list[tuple[str, str, str]]:
    return [c for c in coded if c[2][:2] in ("18", "19", "20")]


def test_a_toll_of_a_clash_between_two_sides_is_an_act_of_war(ctx):
    """``conflict.fight_between``: "killed during a clash (a skirmish) between X and Y" is a word of war
    like "clashes", whoever X and Y are; a clash of ideas or of cars is none."""
    cases = [
        ("One man was killed during a clash between two clans in Beledweyne on Monday.", "SOM"),
        ("Two herdsmen were killed on Monday in a clash between two families near Mopti.", "MLI"),
        ("Two traders were killed in a skirmish between rival gangs in Kisumu on Monday.", "KEN"),
    ]
    for text, state in cases:
        coded = agent_codes(ctx, text)
        assert any(s.startswith(state) and t.startswith(state) for s, t, _ in _violent(coded)), (text, coded)
    for text in ("The minister spoke of a clash between tradition and modernity in Kano on Monday.",
                 "A child was killed in a clash of two cars in Kumasi on Monday.",
                 "Fans celebrated the clash between the two top clubs in Kumasi on Monday."):
        coded = agent_codes(ctx, text)
        assert not _violent(coded), (text, coded)


def test_torture_with_no_doer_named_is_coercion(ctx):
    """``conflict._SELF_CUEING``: people "tortured" in custody, in jail or at a police station with no
    doer named are tortured by an unnamed actor of the place's state (1822), as monitors code it; the
    word used of pain is none."""
    cases = [
        ("Three activists were tortured in custody in Harare on Monday.", "ZWE"),
        ("A detained journalist was tortured at a police station in Kisumu last week.", "KEN"),
        ("Two students were tortured in a cell in Bukavu on Monday.", "COD"),
    ]
    for text, state in cases:
        coded = agent_codes(ctx, text)
        assert any(s.startswith(state) and c == "1822" for s, _, c in coded), (text, coded)
    for text in ("The striker was tortured by a hamstring injury all season in Lagos.",
                 "A former inmate in Kampala wrote a memoir about the torture of his childhood."):
        coded = agent_codes(ctx, text)
        assert not _violent(coded), (text, coded)


def test_allegedly_before_the_act_is_no_frame(ctx):
    """``conflict.main_act``: "allegedly" right before the act is the report's own hedge, not an
    accusation framing another act: "were allegedly tortured", "allegedly shot". An accusation that
    frames the act ("accused ... of allegedly shelling") still keeps the unnamed act out."""
    cases = [
        ("Five men charged with treason in Uganda were allegedly tortured in jail.", "UGA", "1822"),
        ("Four villagers were allegedly abducted near Beni on Monday.", "COD", "181"),
    ]
    for text, state, code in cases:
        coded = agent_codes(ctx, text)
        assert any(s.startswith(state) and c == code for s, _, c in coded), (text, coded)
    coded = agent_codes(ctx, "Residents accused the authorities of a cover-up after two men were allegedly "
                             "abducted near Beni on Monday.")
    assert not any(c == "181" and s.endswith("UAF") for s, _, c in coded), coded


def test_those_loyal_to_someone_are_a_side(ctx):
    """``roles.tsv``: "those loyal to X" and "loyalists" name a group (placed, of the scene's state) even
    when X is no actor the coder knows, so the act on them keeps its target."""
    cases = [
        ("Government forces fought those loyal to the ousted mayor near Kindu on Monday.", "COD"),
        ("Troops clashed with those loyal to a dismissed commander near Malakal on Monday.", "SSD"),
        ("Soldiers attacked loyalists of a renegade colonel in Garowe on Monday.", "SOM"),
    ]
    for text, state in cases:
        coded = agent_codes(ctx, text)
        assert any(s.startswith(state + "MIL") and t == state + "UAF" and c[:2] == "19" for s, t, c in coded), \
            (text, coded)
    for text in ("Those loyal to the party stayed at home in Lusaka on Monday.",
                 "The soldiers remained loyal to the president in Bamako on Monday."):
        coded = agent_codes(ctx, text)
        assert not coded, (text, coded)


def test_a_protest_named_as_the_cause_or_setting_is_the_act(ctx):
    """``stages/protest_cause.py``: a protest given as the cause ("closed due to protest sit-ins") or the
    fronted setting ("In ongoing violent protests, buses were burnt") of the main clause is the act the
    report tells, of an unnamed crowd of the place's state; a past one or a war word is not."""
    cases = [
        ("Schools were closed in Kisumu due to protests by parents.", "KEN", "14"),
        ("Banks stayed shut in Gafsa on Monday because of protest sit-ins.", "TUN", "14"),
        ("In ongoing violent protests, three buses were burnt near Polokwane.", "ZAF", "145"),
    ]
    for text, state, code in cases:
        coded = agent_codes(ctx, text)
        assert any(s.startswith(state) and t.startswith(state) and c.startswith(code) for s, t, c in coded), \
            (text, coded)
    for text in ("Schools in Kisumu reopened on Monday after being closed due to last year's protests.",
                 "In protests last year, three buses were burnt near Polokwane.",
                 "Shops were closed in Goma on Monday due to fighting."):
        coded = agent_codes(ctx, text)
        assert not any(c[:2] == "14" for _, _, c in coded), (text, coded)
