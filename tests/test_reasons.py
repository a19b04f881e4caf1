"""The accusation given as the reason of a punitive act (issue 12, branch ``reasons``).

``stages/reasons.py``: ", the minister said, accusing X of ..." after an act aimed at X is the act's
doer's accusation; ", citing ..." after a punitive act whose clause names the target as the doer of
what is cited is an accusation (112) by the act's doer.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.root) for e in doc.events}


def test_a_participle_after_an_unplaced_speaker_is_the_acts_doers(ctx):
    for text, pair in [
        ("Kenya closed its border with Uganda on Monday, Interior Minister John Wekesa said, accusing Kampala "
         "of sheltering rebels.", ("KEN", "UGA", "11")),
        ("Ghana expelled two Togolese diplomats on Friday, Minister Kofi Mensah said, accusing Lome of spying "
         "on exiles.", ("GHA", "TGO", "11")),
        ("Chad recalled its ambassador from Sudan on Sunday, spokesman Ali Mahamat said, blaming Khartoum for "
         "the raids.", ("TCD", "SDN", "11")),
    ]:
        assert pair in _pairs(ctx, text), text


def test_a_participle_aimed_at_another_side_than_the_act_gets_no_borrowed_doer(ctx):
    pairs = _pairs(ctx, "Kenya closed its border with Uganda on Monday, Interior Minister John Wekesa said, "
                        "accusing Tanzania of smuggling.")
    assert ("KEN", "TZA", "11") not in pairs
    pairs = _pairs(ctx, "Rebels attacked a town in Chad on Monday, spokesman Ali Mahamat said, accusing Sudan of "
                        "arming them.")
    assert not {p for p in pairs if p[1] == "SDN" and p[2] == "11" and p[0] == "TCD"}


def test_a_cited_act_of_the_target_is_an_accusation(ctx):
    for text, pair in [
        ("Ghana expelled two Togolese diplomats on Friday, citing evidence that Lome had spied on opposition "
         "leaders.", ("GHA", "TGO", "11")),
        ("Norway froze aid to Malawi on Tuesday, citing what it called fraud by Lilongwe.", ("NOR", "MWI", "11")),
        ("Lithuania closed its border with Belarus on Monday, citing attempts by Minsk to push migrants across.",
         ("LTU", "BLR", "11")),
    ]:
        assert pair in _pairs(ctx, text), text


def test_a_cited_fact_or_the_targets_own_words_is_no_accusation(ctx):
    for text, target in [
        ("Norway froze aid to Malawi on Tuesday, citing security concerns.", "MWI"),
        ("Norway froze aid to Malawi on Tuesday, citing Lilongwe's statement that the funds had been misused.",
         "MWI"),
        ("Japan declined on Tuesday Manila's request for patrol boats, citing its rules on arms exports.", "PHL"),
    ]:
        assert not {p for p in _pairs(ctx, text) if p[1] == target and p[2] == "11"}, text
