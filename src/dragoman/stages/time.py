"""Stage ``time``: temporal expressions of each sentence, resolved against the publication date.

Runs :func:`dragoman.timex.find_timexes` on every sentence the cheap scan kept
(``sentence.candidate``), and on the sentence before a candidate that has no date
of its own, which may then take that sentence's date as the narrative date.
Writes ``sentence.times``. Choosing which expression dates an event is the
``events`` stage's job.
"""

from __future__ import annotations

import datetime as dt

from ..model import Doc, TimeRef
from ..pipeline import Context, stage
from ..timex import find_timexes

__all__ = ["find_times"]


def _times(text: str, reference: dt.date, explicit_only: bool = False) -> list[TimeRef]:
    return [TimeRef(t.start, t.end, t.text, t.value, t.precision, t.basis, t.offset, t.anchor_text)
            for t in find_timexes(text, reference) if not explicit_only or t.basis == "explicit"]


@stage("time")
def find_times(doc: Doc, ctx: Context) -> Doc:
    reference = doc.published or dt.date.today()
    explicit_only = doc.published is None  # with no publication date, "yesterday" cannot be resolved
    sentences = doc.sentences
    for sentence in sentences:
        if sentence.candidate:
            sentence.times = _times(sentence.text, reference, explicit_only)
    for i, sentence in enumerate(sentences):  # a candidate with no date may take the one before's
        if sentence.candidate and not sentence.times and i > 0 and not sentences[i - 1].candidate:
            sentences[i - 1].times = _times(sentences[i - 1].text, reference, explicit_only)
    return doc
