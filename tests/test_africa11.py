"""Real reports, twelfth Africa round (issue 11, branch ``africa11``): recall and source state on
conflict and protest notes.

Each class has sentences of ours that fail without its fix and some that must not change."""

from coding_support import PUBLISHED, agent_codes
from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _published_by(ctx, text: str, publisher: str | None) -> set[tuple[str, str, str]]:
    doc = code_document(document_from_text(text, PUBLISHED, publisher=publisher), ctx)
    return {(e.source.code, e.target.code, e.code) for e in doc.events}


def _violent(coded) -> list[tuple[str, str, str]]:
    return [c for c in coded if c[2][:2] in ("18", "19", "20")]


def test_unnamed_killing_of_people_is_an_assault(ctx):
    """``unnamed_assault``: people killed or shot by a doer the text leaves unnamed are assaulted (180),
    as when gunmen are the subject; soldiers or police killed, a toll of fighting or of a weapon of war,
    stay battle (19x)."""
    for text, state in (("Four traders were killed in Kisumu on Monday when assailants fired on a bus.", "KEN"),
                        ("Two students were killed near Nyala on Tuesday when gunmen opened fire on a market.", "SDN")):
        coded = _violent(agent_codes(ctx, text))
        assert any(s.startswith(state) and c == "180" for s, _, c in coded), (text, coded)
        assert not any(c[:2] == "19" for _, _, c in coded), (text, coded)
    for text in ("Two soldiers were killed in Kisumu on Monday.",
                 "Five villagers were killed near Nyala on Tuesday as fighters pushed forward.",
                 "Two farmers were killed near Nyala on Tuesday when mortar shells hit the market."):
        coded = _violent(agent_codes(ctx, text))
        assert coded and not any(c == "180" for _, _, c in coded), (text, coded)


def test_paramilitaries_attacking_people_is_an_assault(ctx):
    """``event_codes._militia``: paramilitaries, like militiamen, attacking people (not troops) use
    unconventional violence (180)."""
    coded = _violent(agent_codes(ctx, "A paramilitary group attacked herders in Nyala on Tuesday."))
    assert any(s.startswith("SDN") and c == "180" for s, _, c in coded), coded
    coded = _violent(agent_codes(ctx, "Paramilitaries attacked an army base in Nyala on Tuesday."))
    assert coded and not any(c == "180" for _, _, c in coded), coded


def test_the_publisher_gives_the_scene_of_an_unnamed_act(ctx):
    """``publisher_state.publisher_scene``: in a report that names no state, place or group, an act
    of war whose doer goes unnamed takes the publisher's home state as its scene; not when the report
    names a place, nor with no publisher, nor for a mishap."""
    text = "Three people were killed in an air raid on Monday."
    coded = _violent(_published_by(ctx, text, "Kenya Herald"))
    assert any(s.startswith("KEN") and t.startswith("KEN") for s, t, _ in coded), coded
    assert not _violent(_published_by(ctx, text, None))
    coded = _violent(_published_by(ctx, "Three people were killed in an air raid near Nyala on Monday.", "Kenya Herald"))
    assert coded and all(s.startswith("SDN") for s, _, _ in coded), coded
    assert not _violent(_published_by(ctx, "Three people were killed in a gas explosion on Monday.", "Kenya Herald"))


def test_a_report_of_no_actor_with_a_publisher_is_read(ctx):
    """``events.find_events``: a sentence that names no actor at all ("Three dead in a grenade attack
    on a bar.") is read for an act of war with no doer named when the report names no state and its
    publisher's home state is known; not with no publisher, nor a sentence of no act."""
    coded = _violent(_published_by(ctx, "Three dead and ten hurt in a grenade attack on a bar.", "Kenya Herald"))
    assert any(s.startswith("KEN") and c[:2] == "18" for s, _, c in coded), coded
    assert not _violent(_published_by(ctx, "Three dead and ten hurt in a grenade attack on a bar.", None))
    assert not _published_by(ctx, "The final ended in a draw on Sunday.", "Kenya Herald")


def test_a_small_place_assailed_is_a_place(ctx):
    """``place_names._marked_before``: a town the gazetteer knows but does not match freely is a place
    as the object of a verb of assault ("rebels raided X"), as after "in"; not after another verb."""
    coded = _violent(agent_codes(ctx, "Rebels attacked Kutum on Monday."))
    assert any(s.startswith("SDN") for s, _, _ in coded), coded
    coded = _violent(agent_codes(ctx, "Gunmen raided Kutum and looted shops."))
    assert any(s.startswith("SDN") for s, _, _ in coded), coded
    assert not _violent(agent_codes(ctx, "Rebels visited Kutum on Monday."))


def test_a_headline_present_before_a_named_place(ctx):
    """``lexicon._after_subject``: a base form between a plural actor and a named place is a headline's
    present tense ("jets bomb X"), as before "a" or "the"."""
    coded = _violent(agent_codes(ctx, "Jets bomb Kutum."))
    assert any(s.startswith("SDN") and c[:2] == "19" for s, _, c in coded), coded


def test_a_crowd_burning_commercial_premises_riots(ctx):
    """``rules.tsv`` 145/burn-property: a crowd burning a bank, a supermarket or a warehouse riots (145),
    as when it burns shops or offices."""
    for text in ("Protesters burnt a bank in Masvingo on Monday.",
                 "Angry traders burnt a warehouse in Kisumu on Monday."):
        coded = agent_codes(ctx, text)
        assert any(c == "145" for _, _, c in coded), (text, coded)



def test_a_headline_subject_placed_by_a_phrase(ctx):
    """``lexicon._placed_subject``: a headline's present tense after a plural actor placed by a phrase of
    places and place nouns ("Herders on the border of X and Y states protest ...") is the verb."""
    for text in ("Herders on the border of Kassala protest the sale of land.",
                 "Herders in Kassala and Gedaref states protest the sale of land.",
                 "Herders in Kassala and El Gedaref states protest the sale of land."):
        coded = agent_codes(ctx, text)
        assert any(s.startswith("SDN") and c[:2] == "14" for s, _, c in coded), (text, coded)



def test_a_demonym_named_town_before_a_preposition(ctx):
    """``place_context.capital_elsewhere``: a plural demonym that is also a large town's name, after a
    locative word and before a preposition ("in Brits on Monday"), is the town."""
    coded = agent_codes(ctx, "Police arrested two men in Brits on Monday.")
    assert any(s == "ZAFCOP" for s, _, _ in coded), coded


def test_singing_or_waving_banners_outside_a_building_is_a_demonstration(ctx):
    """``rules.tsv`` 141/wave-flags-outside, 141/sing-outside: people waving flags or banners, or singing
    songs, outside a building demonstrate (141), as with placards; singing at a wedding is none."""
    for text in ("Nurses in Kisumu waved banners outside the county offices on Monday.",
                 "Nurses in Kisumu sang songs outside the county offices on Monday."):
        coded = agent_codes(ctx, text)
        assert any(s.startswith("KEN") and c == "141" for s, _, c in coded), (text, coded)
    assert not agent_codes(ctx, "Guests in Kisumu sang songs at the wedding on Monday.")


def test_a_role_with_its_party_in_parenthesis(ctx):
    """``coref._body_in_parenthesis``: "<role> (<party>)" takes the state of the party of one state."""
    coded = agent_codes(ctx, "Lawmakers (NRM) held a session on the highway in protest against the budget cuts.")
    assert any(s == "UGALEG" and c[:2] == "14" for s, _, c in coded), coded
    assert not agent_codes(ctx, "Lawmakers held a session on the highway in protest against the budget cuts.")


def test_a_blocked_road_with_no_doer_is_no_protest_of_the_publisher(ctx):
    """``events``: the publisher's scene is given to an act of war or a demonstration, not to a road
    blocked by things."""
    assert not any(c[:2] == "14" for _, _, c in _published_by(ctx, "Rocks blocked the road after the storm.",
                                                               "Kenya Herald"))
