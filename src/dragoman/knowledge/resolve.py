"""What a piece of text denotes as an actor on a given day.

:func:`resolve_text` runs the coder's own mention finder over the text as if
it were a one-paragraph article published on ``date`` (stages ``segment``,
``actors`` and ``coref``), so a name resolves here exactly as it does inside
an article: the longest known name wins, ambiguous names are checked against
their context, titles join names, and everything is resolved as of the date.

>>> from dragoman.knowledge import default_knowledge
>>> [a.code for a in resolve_text("Joe Biden", "2014-05-01", default_knowledge())]
['USAGOV']
>>> [a.primary for a in resolve_text("Donald Trump", "2022-05-01", default_knowledge())]
['USA']
>>> resolve_text("the kingdom", "2024-01-01", default_knowledge())
[]

A description alone ("the kingdom", "the bloc") or a bare role noun ("the
rebels") has nothing to refer back to, so it resolves to nothing. The result
is best first: the actors of the mentions in text order, then the other
meanings the same names have on that day ("Congo": DR Congo, then nothing
else; a name two records share: both, the likelier first).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..coder import context
from ..ingest.text import document_from_text
from ..model import Actor, Doc, Mention, Sentence
from ..pipeline import run

if TYPE_CHECKING:
    from . import Knowledge

__all__ = ["resolve_text"]

_STAGES = ("segment", "actors", "coref")
_REFERRING = ("pronoun", "description", "place")  # not names: they only point at actors


def resolve_text(text: str, date: dt.date | str | None, knowledge: Knowledge,
                 alternatives: bool = True) -> list[Actor]:
    """The actors ``text`` denotes on ``date``, best first (an empty list when none)."""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    if not text.strip():
        return []
    document = document_from_text(text.strip(), date, doc_id="resolve")
    document.published = date  # a date-like header line must not replace the asked date
    doc = run(Doc(document), context(knowledge), _STAGES)
    pairs = [(m, s) for s in doc.sentences for m in s.mentions
             if m.actor is not None and m.kind not in _REFERRING]
    found = [m.actor for m, _ in pairs]
    if alternatives:
        found += [a for m, s in pairs for a in _others(m, s, knowledge, date)]
    return _unique(found)


def _others(mention: Mention, sentence: Sentence, knowledge: Knowledge, date: dt.date | None) -> list[Actor]:
    """Other index entries for exactly the mention's tokens that are valid on ``date``."""
    kb = knowledge.kb
    key = tuple(t.text.replace("’", "'") for t in sentence.tokens[mention.start:mention.end])
    entries = kb.index.get(key, [])
    if len(entries) < 2:
        return []
    return [kb.resolve(e, date) for e in kb.ranked(entries, date)]


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str, str]] = set()
    out = []
    for actor in actors:
        if (actor.id, actor.code) not in seen:
            seen.add((actor.id, actor.code))
            out.append(actor)
    return out
