"""An object pronoun is not the subject of its own clause ("X told him": him is not X)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _him(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return [m.actor.primary for s in doc.sentences for m in s.mentions
            if m.text.lower() == "him" and m.actor is not None]


def test_the_addressee_of_told_is_not_the_speaker(ctx):
    text = ("Peru's president proposed talks on Sunday, and Ecuador's president told him later that day "
            "that Quito was ready to host them.")
    assert _him(ctx, text) == ["PER"]


def test_an_object_of_the_same_clause_is_someone_else(ctx):
    assert _him(ctx, "Peru's president met Chile's president on Monday and Ecuador's leader praised him.") \
        != ["ECU"]
