"""Right pair, wrong root (issue 12, branch ``wrongroot``): which of two matched acts a sentence
reports. Sentences written for these tests."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def _roots(ctx, text):
    return {(s, t, c[:2]) for s, t, c in _codes(ctx, text)}


def test_a_fire_set_by_a_weapon_is_the_attack_not_a_riot(ctx):
    """"A drone attack set fire to a depot": the weapon makes the act an attack (19x), not a
    violent protest (145) (``stages/means.py``)."""
    assert ("RUS", "UKR", "195") in _codes(
        ctx, "A Russian missile strike set fire to a grain terminal in Ukraine's Odesa region on Tuesday.")
    assert ("SAU", "YEM", "195") in _codes(ctx, "A Saudi air strike set fire to a fuel depot in Yemen's Hodeidah port.")
    assert ("UKR", "RUS", "195") in _codes(
        ctx, "A Ukrainian drone raid set fire to a fuel terminal in Russia's Tula region late on Thursday.")
    assert ("AZE", "ARM", "14") not in _roots(
        ctx, "Azerbaijani shelling set fire to a warehouse in Armenia's Syunik province on Friday.")
    assert ("AZE", "ARM", "19") in _roots(
        ctx, "Azerbaijani shelling set fire to a warehouse in Armenia's Syunik province on Friday.")
    # a crowd setting fire stays a violent protest
    assert any(c == "145" for _, _, c in _codes(ctx, "Protesters in Dhaka set fire to a police station on Monday."))


def test_fighting_a_named_armed_group_is_battle_not_unconventional_violence(ctx):
    """Insurgents clashing with an armed group named by its name fight a battle (190), as they do
    against troops named by a word; an attack on a village stays unconventional violence (180)."""
    assert ("COL", "COL", "190") in _codes(ctx, "ELN guerrillas clashed with FARC dissident fighters near Saravena on Sunday.")
    assert ("COL", "COL", "180") not in _codes(ctx, "ELN guerrillas clashed with FARC dissident fighters near Saravena on Sunday.")
    codes = _codes(ctx, "Al-Shabaab fighters clashed with ISIS militants in Puntland on Monday.")
    assert ("SOM", "ISIL", "190") in codes and ("SOM", "ISIL", "180") not in codes
    assert ("NGA", "NGA", "180") in _codes(ctx, "Gunmen attacked a village in Zamfara state on Tuesday.")


def test_a_gerund_used_as_a_noun_in_the_object_yields_to_the_main_verb(ctx):
    """"ruled out extraditing the suspects in the Mumbai bombings to India": the -ing noun
    after a determiner names what the case is about; the refusal is the act (``stages/embedded.py``)."""
    roots = _roots(ctx, "Pakistan on Tuesday ruled out extraditing three suspects in the Mumbai bombings to India.")
    assert ("PAK", "IND", "12") in roots and ("PAK", "IND", "18") not in roots
    roots = _roots(ctx, "Japan ruled out extraditing the suspect in the Tokyo stabbing to China.")
    assert ("JPN", "CHN", "12") in roots and ("JPN", "CHN", "18") not in roots


def test_the_speakers_own_government_would_is_an_announced_act(ctx):
    """"said her government would expel ...": the speaker's own government speaks of itself, as
    "it would" does, so the announced decision is the act, not a threat or intent (``stages/mood.py``)."""
    assert ("PER", "MEX", "161") in _codes(
        ctx, "Peru's president said on Friday that her government would expel the Mexican ambassador.")
    assert ("KEN", "KEN", "0813") in _codes(
        ctx, "The Kenyan president said on Monday that his government would lift the curfew.")
    codes = _codes(ctx, "Japan's prime minister said his government would send emergency aid to Turkey.")
    assert ("JPN", "TUR", "07") in {(s, t, c[:2]) for s, t, c in codes}
    assert ("MDA", "RUS", "161") in _codes(
        ctx, "Moldova's president said her country would recall its ambassador from Moscow.")
    # a stance after "would" stays an intent
    assert ("POL", "UKR", "05") not in _roots(
        ctx, "The Polish prime minister said his government would continue to support Ukraine.")


def test_a_participle_describing_the_subject_yields_to_the_main_verb(ctx):
    """"Protesting farmers demanded ...": the -ing word opening the subject qualifies the noun; the
    verb after the subject is the act (``stages/modifiers.py``)."""
    roots = _roots(ctx, "Protesting nurses in Madrid demanded on Thursday that the Spanish government raise "
                        "their wages.")
    assert ("ESP", "ESP", "10") in roots and ("ESP", "ESP", "14") not in roots
    roots = _roots(ctx, "Protesting farmers in Brussels demanded on Monday that the Belgian government cut fuel taxes.")
    assert ("BEL", "BEL", "10") in roots and ("BEL", "BEL", "14") not in roots
    roots = _roots(ctx, "Protesting villagers in Kenya demanded on Friday that the Kenyan government compensate them.")
    assert ("KEN", "KEN", "10") in roots and ("KEN", "KEN", "14") not in roots
    roots = _roots(ctx, "Protesting doctors in Seoul demanded on Monday that the South Korean government "
                        "drop its medical school plan.")
    assert ("KOR", "KOR", "10") in roots and ("KOR", "KOR", "14") not in roots
    # a participle after its noun, or one with no verb trigger after it, is untouched
    assert ("ZMB", "ZMB", "12") in _roots(ctx, "Striking teachers in Lusaka rejected the government's pay offer on Monday.")
    assert any(c[:2] == "14" for _, _, c in _codes(ctx, "Thousands of farmers were protesting in Warsaw on Tuesday."))
