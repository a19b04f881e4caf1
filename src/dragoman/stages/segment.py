"""Stage ``segment``: paragraphs, sentences, tokens, and quotation spans.

Reads ``doc.text`` from ``document.body_start`` (header lines are not coded);
writes ``doc.sentences``, each with its tokens and the character spans of
quotations inside it.
"""

from __future__ import annotations


from ..model import Doc, Sentence
from ..pipeline import Context, stage
from ..text import split_paragraphs, split_sentences, tokenize

__all__ = ["segment"]



MAX_SENTENCE = 2000  # characters; a longer "sentence" (a list, a run-on line) is cut at a comma or space


def _bounded(text: str, spans):
    """Sentence spans, a very long one cut into pieces of at most MAX_SENTENCE characters, so that
    per-sentence work stays bounded on hostile input."""
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            cut = max(text.rfind(", ", start, start + MAX_SENTENCE), text.rfind(" ", start, start + MAX_SENTENCE))
            cut = cut + 1 if cut > start else start + MAX_SENTENCE
            yield start, cut
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            yield start, end


def _quotes(body: str) -> list[tuple[int, int]]:
    """Quotation spans, in one left-to-right pass (curly pairs, then straight ones)."""
    spans = []
    for opener, closer in (("“", "”"), ('"', '"')):
        i = body.find(opener)
        while i >= 0:
            j = body.find(closer, i + 1)
            if j < 0:
                break
            spans.append((i, j + 1))
            i = body.find(opener, j + 1)
    return sorted(spans)


@stage("segment")
def segment(doc: Doc, ctx: Context) -> Doc:
    text = doc.text
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(split_paragraphs(text[:doc.document.body_end], doc.document.body_start)):
        for start, end in _bounded(text, split_sentences(text, p_start, p_end)):
            body = text[start:end]
            sentences.append(Sentence(
                index=len(sentences), start=start, end=end, text=body, paragraph=number,
                quotes=_quotes(body), tokens=tokenize(body),
            ))
    doc.sentences = sentences
    return doc
