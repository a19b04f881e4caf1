"""People named by any role (judges, lawyers, lawmakers, staff ...) who protest or strike are
people of their state (stages/protesting.py, stages/crowds.py)."""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text

DAY = dt.date(2016, 5, 10)


def _events(ctx, text, publisher=None):
    return code_document(document_from_text(text, DAY, publisher=publisher), ctx).events


@pytest.mark.parametrize("text, publisher, source", [
    ("Judges went on strike over unpaid allowances in Juba.", None, "SSDJUD"),
    ("Judges went on strike over unpaid allowances.", "Kenya Herald", "KENJUD"),
    ("Some 150 lawyers marched against the new land law.", "Kenya Herald", "KENJUD"),
    ("In Gulu, judges went on strike on Monday.", None, "UGAJUD"),
])
def test_a_protesting_office_role_takes_the_state_and_keeps_its_code(ctx, text, publisher, source):
    events = [e for e in _events(ctx, text, publisher) if e.root == "14"]
    assert events, text
    assert events[0].source.code == source
    assert events[0].target.primary == source[:3]  # no authority named: their own state


def test_a_protest_by_placed_office_holders_is_no_official_complaint(ctx):
    [event] = [e for e in _events(ctx, "Lawyers protested against the new land law.", "Kenya Herald")
               if e.root == "14" or e.code == "114"]
    assert event.code == "141"


@pytest.mark.parametrize("text", [
    "Officials attacked the new law in Kisumu.",
    "Judges sentenced two men to ten years in prison in Kisumu.",
    "The judges said the strike would continue.",
])
def test_office_roles_still_take_no_place_outside_protests(ctx, text):
    assert not any(e.source.primary == "KEN" for e in _events(ctx, text, "Kenya Herald"))


# ---- nouns of people the role files lack (stages/crowds.py) ------------------------------------

@pytest.mark.parametrize("text, source", [
    ("The community barricaded the main road in protest over power cuts.", "KENCVL"),
    ("Radiographers went on strike over unpaid allowances.", "KENCVL"),
    ("The staff of the district hospital started a strike to demand arrears.", "KENLAB"),
    ("Families of the missing men marched to the police station.", "KENCVL"),
    ("The unemployed marched through the town demanding jobs.", "KENCVL"),
])
def test_a_noun_of_people_before_a_protest_word_is_a_crowd_of_the_state(ctx, text, source):
    events = [e for e in _events(ctx, text, "Kenya Herald") if e.root == "14"]
    assert events, text
    assert events[0].source.code == source and events[0].source.id == "PUBLISHER:KEN"


@pytest.mark.parametrize("text", [
    "Boulders blocked the road after the heavy rain.",  # a riot word takes only listed nouns of people
    "Workers at two plants went on strike.",  # the plants are no doers
    "The container ships went on to strike a deal.",
])
def test_no_crowd_from_things(ctx, text):
    events = _events(ctx, text, "Kenya Herald")
    assert not any(e.root == "14" and e.source.code[3:] == "CVL" for e in events), text


def test_people_code_rules():
    from dragoman.stages.people_nouns import people_code
    assert people_code("community") == "CVL" and people_code("employees") == "LAB"
    assert people_code("radiographers") == "CVL" and people_code("radiographers", suffix=False) == ""
    assert people_code("others") == "" and people_code("boulders", suffix=False) == ""


@pytest.mark.parametrize("text, source", [
    ("Political opponents clashed in Kisumu after the vote count.", "KENCVL"),
    ("Youths clashed in Kisumu after the vote count.", "KENCVL"),
    ("Supporters of rival candidates clashed after the vote count.", "KENCVL"),
])
def test_a_crowd_that_clashes_with_no_other_side_riots(ctx, text, source):
    events = [e for e in _events(ctx, text, "Kenya Herald") if e.root in ("14", "18", "19")]
    assert [(e.source.code, e.code, e.target.code) for e in events] == [(source, "145", "KEN")]


def test_armed_men_who_clash_still_fight(ctx):
    events = _events(ctx, "Gunmen clashed in Kisumu after the vote count.", "Kenya Herald")
    assert events and all(e.code != "145" for e in events)
