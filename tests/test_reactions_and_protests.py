"""A government that protests complains officially (stages/official.py); "charged that" accuses."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_a_state_protesting_complains(ctx):
    assert ("MAR", "DZA", "114") in _events(ctx, "Morocco protested against Algeria's decision on Friday.")
    assert ("IND", "CHN", "114") in _events(ctx, "The Indian government protested against the Chinese move.")


def test_people_protesting_demonstrate(ctx):
    events = _events(ctx, "Kenyan students protested against the finance bill in Nairobi on Friday.")
    assert any(code.startswith("14") for _, _, code in events)
    assert not any(code == "114" for _, _, code in events)


def test_charged_that_is_an_accusation(ctx):
    events = _events(ctx, "Armenia charged on Friday that Azerbaijan had shelled its border villages.")
    assert ("ARM", "AZE", "112") in events
    assert not any(code == "173" for _, _, code in events)
    assert ("CHN", "CAN", "173") in _events(ctx, "China charged two Canadians with spying.")


def test_disappointment_is_disapproval_of_its_author(ctx):
    assert ("KEN", "UGA", "110") in _events(ctx, "Kenya said it was deeply disappointed by Uganda's decision to close the border.")
    events = _events(ctx, "Uganda closed the border on Friday. Kenya said it was deeply disappointed.")
    assert ("KEN", "UGA", "110") in events


def test_a_speaker_then_a_date_then_a_stance(ctx):
    events = _events(ctx, "Peru opened a naval base near the border on Monday, the Chilean foreign minister said on "
                          "Tuesday, calling the move deeply regrettable.")
    assert ("CHL", "PER", "111") in events
    assert ("PER", "CHL", "111") not in events
