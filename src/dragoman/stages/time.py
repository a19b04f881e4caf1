"""Stage ``time``: temporal expressions of each sentence, resolved against the publication date.

Runs :func:`dragoman.timex.find_timexes` on every sentence the cheap scan kept
(``sentence.candidate``) and on the others too when the document is short, so
that a later "the next day" can lean on an earlier date. Writes
``sentence.times``. Choosing which expression dates an event is the
``events`` stage's job.
"""

from __future__ import annotations

import datetime as dt

from ..model import Doc, TimeRef
from ..pipeline import Context, stage
from ..timex import find_timexes

__all__ = ["find_times"]


@stage("time")
def find_times(doc: Doc, ctx: Context) -> Doc:
    reference = doc.published or dt.date.today()
    for sentence in doc.sentences:
        if not sentence.candidate:
            continue
        sentence.times = [
            TimeRef(t.start, t.end, t.text, t.value, t.precision, t.basis, t.offset, t.anchor_text)
            for t in find_timexes(sentence.text, reference)
        ]
    return doc
