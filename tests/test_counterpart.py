"""A statement with no addressee by one side of an act just reported is aimed at the other side
(issue 12, branch ``carry``, ``stages/counterpart.py``). Each text is of several sentences; the first
three fail without the change, the last ones are texts where the other side must not be taken: a
third state named in the statement's own sentence, a doer taken from another clause, a side of an
act two sentences back, and a measure kept in force.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text, published=dt.date(2025, 3, 4)):
    doc = code_document(document_from_text(text, published), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_a_warning_with_no_addressee_answers_the_act_before(ctx):
    text = ("The dispute over the river has simmered for years. Ethiopia closed the main border crossing with "
            "Sudan on Monday. Khartoum warned on Tuesday that any attempt to cut the flow of the river would be "
            "treated as an act of war.")
    assert ("SDN", "ETH", "13") in _pairs(ctx, text)


def test_a_willingness_to_talk_goes_to_the_party_refused_before(ctx):
    text = ("Venezuela's president ruled out direct negotiations with Washington on Monday. The foreign "
            "minister said later that Caracas remained willing to hold indirect talks on the sanctions. "
            "No date was given.")
    assert ("VEN", "USA", "03") in _pairs(ctx, text)


def test_a_demand_with_no_addressee_answers_the_act_before(ctx):
    text = ("Herders have crossed the frontier for decades. Kenya closed its border with Somalia on Monday. "
            "Mogadishu insisted on Tuesday that the crossing must reopen within a week.")
    assert ("SOM", "KEN", "10") in _pairs(ctx, text)


def test_a_threat_with_no_addressee_answers_the_act_before(ctx):
    text = ("Spy cases have strained ties for a year. Norway expelled three Russian diplomats on Friday. "
            "Moscow threatened on Saturday to respond in kind.")
    assert ("RUS", "NOR", "13") in _pairs(ctx, text)


def test_a_third_state_named_in_the_statement_is_not_passed_over(ctx):
    text = ("Ethiopia closed the main border crossing with Sudan on Monday. Khartoum warned on Tuesday, a day "
            "after Egypt offered to mediate, that any attempt to cut the flow of the river would mean war.")
    found = _pairs(ctx, text)
    assert ("SDN", "ETH", "13") not in found


def test_the_sides_of_an_act_two_sentences_back_are_not_taken(ctx):
    text = ("Ethiopia closed the main border crossing with Sudan on Monday. Heavy rain flooded the valley on "
            "Tuesday and thousands of families fled their homes. Khartoum warned on Wednesday that any attempt "
            "to cut the flow of the river would be treated as an act of war.")
    assert not any(s == "SDN" and r == "13" for s, _, r in _pairs(ctx, text))


def test_a_doer_from_another_clause_and_a_kept_measure_take_no_other_side(ctx):
    text = ("Jordanian planes dropped food over Gaza on Saturday in the first of a series of airdrops into "
            "the enclave, where aid groups warn of famine. The bloc lifted sanctions on Syria on Monday. "
            "The bloc kept an arms embargo in place.")
    found = _pairs(ctx, text)
    assert not any(r == "13" for _, _, r in found)
    assert not any(r == "12" for _, _, r in found)
