"""Stage ``time``: temporal expressions of each sentence, resolved against the publication date.

Runs :func:`dragoman.timex.find_timexes` (which returns at once when a sentence
has no time word) on every sentence, so that a sentence with no date of its own
can take the narrative date of the one before it. Writes ``sentence.times``. Choosing which expression dates an event is the
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
    for sentence in doc.sentences:  # every sentence: a later one may take its date as the narrative date
        sentence.times = [
            TimeRef(t.start, t.end, t.text, t.value, t.precision, t.basis, t.offset, t.anchor_text)
            for t in find_timexes(sentence.text, reference)
        ]
    return doc
