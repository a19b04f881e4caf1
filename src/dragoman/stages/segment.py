"""Stage ``segment``: paragraphs, sentences, tokens, and quotation spans.

Reads ``doc.text`` from ``document.body_start`` (header lines are not coded);
writes ``doc.sentences``, each with its tokens and the character spans of
quotations inside it.
"""

from __future__ import annotations

import re

from ..model import Doc, Sentence
from ..pipeline import Context, stage
from ..text import split_paragraphs, split_sentences, tokenize

__all__ = ["segment"]

_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")


@stage("segment")
def segment(doc: Doc, ctx: Context) -> Doc:
    text = doc.text
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(split_paragraphs(text[:doc.document.body_end], doc.document.body_start)):
        for start, end in split_sentences(text, p_start, p_end):
            body = text[start:end]
            sentences.append(Sentence(
                index=len(sentences), start=start, end=end, text=body, paragraph=number,
                quotes=[(m.start(), m.end()) for m in _QUOTE.finditer(body)],
                tokens=tokenize(body),
            ))
    doc.sentences = sentences
    return doc
