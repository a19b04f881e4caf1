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
from ..model import Actor, Doc, Mention
from ..pipeline import run

if TYPE_CHECKING:
    from . import Knowledge

__all__ = ["resolve_text"]

_STAGES = ("segment", "actors", "coref")


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
    mentions = [m for s in doc.sentences for m in s.mentions if m.actor is not None
                and m.kind not in ("pronoun", "description", "place")]
    found = [m.actor for m in mentions]
    if alternatives:
        found += [a for m, s in _spans(doc, mentions) for a in _others(m, s, knowledge, date)]
    return _unique(found)


def _spans(doc: Doc, mentions: list[Mention]):
    by_mention = {id(m): s for s in doc.sentences for m in s.mentions}
    return [(m, by_mention[id(m)]) for m in mentions]


def _others(mention: Mention, sentence, knowledge: Knowledge, date: dt.date | None) -> list[Actor]:
    """Other index entries for exactly the mention's tokens that are valid on ``date``."""
    kb = knowledge.kb
    key = tuple(t.text.replace("’", "'") for t in sentence.tokens[mention.start:mention.end])
    entries = kb.index.get(key, [])
    if len(entries) < 2:
        return []
    day = date.isoformat() if date else None
    valid = [e for e in entries if kb._valid(kb.records[e.record], day)]
    ranked = sorted(valid, key=lambda e: (kb._bounded(kb.records[e.record]),
                                          _rank(e.kind)), reverse=True)
    return [kb.resolve(e, date) for e in ranked]


def _rank(kind: str) -> int:
    from .actors import _KIND_RANK

    return _KIND_RANK.get(kind, 0)


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str, str]] = set()
    out = []
    for actor in actors:
        if (actor.id, actor.code) not in seen:
            seen.add((actor.id, actor.code))
            out.append(actor)
    return out
