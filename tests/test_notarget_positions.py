"""A rule fires but no event comes out: the missing target, fourth round (issue 12, branch ``notarget``).

The object of the act is a person the knowledge base does not know, and only a demonym says whose
national the person is: before the person's noun and name ("freed the Dutch engineer Pieter Smit") or
in an apposition after the name, which may follow the verb's own preposition ("granted asylum to Omar
Hassan, a Saudi student"). Each test has sentences of ours that fail without the change and one that
must not get the event.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text, published=dt.date(2025, 3, 4)):
    doc = code_document(document_from_text(text, published), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


# a singular demonym before one or two nouns and a name: the person named is of that state


def test_a_demonym_before_a_named_person_names_the_released_persons_state(ctx):
    assert ("CUB", "USA", "08") in _pairs(ctx, "Cuba released the American contractor Ben Walker on Wednesday.")
    assert ("BLR", "LTU", "08") in _pairs(ctx, "Belarus released the Lithuanian trucker Tomas Kaunas on Friday.")
    assert ("VEN", "NLD", "08") in _pairs(ctx, "Venezuela released a Dutch oil engineer Pieter Smit after talks.")


def test_a_demonym_before_a_thing_or_a_date_is_no_released_person(ctx):
    found = _pairs(ctx, "Iran released a French report on Monday.")
    assert not any(r == "08" for _, _, r in found)
    found = _pairs(ctx, "Russia released the American statement Friday Morning.")
    assert not any(r == "08" for _, _, r in found)


# an unknown name after the verb's preposition, described by an apposition with a demonym


def test_an_apposition_after_a_prepositional_object_gives_the_persons_state(ctx):
    assert ("CAN", "SAU", "07") in _pairs(ctx, "Canada has granted asylum to Omar Hassan, the 20-year-old Saudi "
                                               "student who fled to Bangkok, the minister announced on Friday.")
    assert ("NOR", "AFG", "07") in _pairs(ctx, "Norway granted asylum to Ali Karimi, an Afghan journalist, on Monday.")
    assert ("RUS", "SWE", "11") in _pairs(ctx, "Russia issued an arrest warrant for Lena Berg, a Swedish activist "
                                               "who led protests.")


def test_a_name_particle_joined_by_a_hyphen_is_part_of_the_name(ctx):
    assert ("CAN", "SAU", "07") in _pairs(ctx, "Canada has granted asylum to Omar Hassan al-Tamimi, the 20-year-old "
                                               "Saudi student who fled to Bangkok.")
    assert ("JOR", "IRQ", "08") in _pairs(ctx, "Jordan freed Khaled al-Amin, an Iraqi, and two Syrians.")


def test_an_apposition_naming_no_state_gives_no_target(ctx):
    found = _pairs(ctx, "Norway granted asylum to Ali Karimi, a freelance journalist, on Monday.")
    assert not any(s == "NOR" and r == "07" for s, _, r in found)
    found = _pairs(ctx, "Sudan's army shelled positions in Wadi Halfa, a Sudanese border town, on Monday.")
    assert not any(t == "SDN" and r == "19" and s != "SDN" for s, t, r in found)
