"""A war named as the setting or the topic of another act is not coded as a new act of war;
the demands of protesters a crackdown hits are the protest's cause."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_the_war_as_a_frame_is_not_a_fight(ctx):
    pairs = _pairs(ctx, "Kenya's president thanked Norway on Monday for its help in the war against the rebels.")
    assert not any(root == "19" for _, _, root in pairs)
    assert ("KEN", "NOR", "05") in pairs


def test_fighting_as_the_topic_of_a_meeting_is_not_a_fight(ctx):
    pairs = _pairs(ctx, "The Arab League met on Sunday to discuss the fighting between Sudan and Chad.")
    assert not any(root == "19" for _, _, root in pairs)


def test_fighting_reported_as_news_stays(ctx):
    assert ("SDN", "TCD", "19") in _pairs(ctx, "Sudan declared war against Chad on Sunday.") \
        or ("SDN", "TCD", "19") in _pairs(ctx, "Sudanese troops attacked Chadian positions on Sunday.")
    assert any(root == "19" for _, _, root in _pairs(
        ctx, "Fighting between the army and rebels killed 12 people in Goma on Sunday."))


def test_what_protesters_a_crackdown_hits_demand_is_no_demand(ctx):
    text = ("Police in Rabat dispersed a sit-in by nurses on Monday. "
            "The nurses are demanding higher wages from the government.")
    pairs = _pairs(ctx, text)
    assert any(root == "17" for _, _, root in pairs)
    assert not any(root == "10" for _, _, root in pairs)
