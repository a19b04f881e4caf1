"""Tokens and sentences: the only text-splitting rules in dragoman.

Everything that matches words (actor aliases, lexicon patterns) tokenizes
with :func:`tokenize`, so a name and a sentence are split the same way:
words, numbers and punctuation are separate tokens, a possessive ``'s`` is
its own token, and hyphenated words are split at the hyphen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Token

__all__ = ["ABBREVIATIONS", "key_lengths", "longest_key", "split_paragraphs", "split_sentences", "tokenize", "words"]

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N., a.m.
    r"|\d+(?:[.,:]\d+)*"  # 1,000  3.5  10:30
    r"|[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*"  # words, d'Ivoire, doesn't
    r"|['’][sS]\b"  # possessive 's
    r"|[^\w\s]",  # any other single symbol
)

ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col sgt capt cmdr adm maj gov sen rep st jr sr prof rev
    jan feb mar apr jun jul aug sep sept oct nov dec vs etc inc co corp ltd
    dept fig est approx mt ft pres sheikh""".split()
)

_NUMBER_SIGNS = frozenset({"no", "nos"})
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"[^\n]+")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens whose offsets are shifted by ``offset``."""
    # the hottest loop of the coder: each token's slots are set here rather than through the
    # dataclass's __init__ (a Python call per token), the same Token either way
    out: list[Token] = []
    append, new = out.append, object.__new__
    for m in _TOKEN.finditer(text):
        token = new(Token)
        token.text = word = m.group()
        start, end = m.span()
        token.start, token.end = start + offset, end + offset
        token.lower = word.lower()
        append(token)
    return out


def words(text: str) -> tuple[str, ...]:
    """The token texts of a phrase, for building match keys."""
    return tuple(m.group() for m in _TOKEN.finditer(text))


def longest_key(index: dict, first: dict[str, tuple[int, ...]], toks: list[str], i: int):
    """The longest key of ``index`` (token tuples) starting at token ``i``: (length, value) or (0, None).

    ``first`` maps a first token to the lengths of the keys that start with it, longest first
    (:func:`key_lengths`), so a sentence is matched with a few dict lookups per token.
    """
    room = len(toks) - i
    for n in first.get(toks[i], ()):
        if n <= room:
            value = index.get(tuple(toks[i:i + n]))
            if value:
                return n, value
    return 0, None


def key_lengths(first: dict[str, tuple[int, ...]], key: tuple[str, ...]) -> None:
    """Record in ``first`` that a key of ``len(key)`` tokens starts with ``key[0]`` (see :func:`longest_key`)."""
    lengths = first.get(key[0], ())
    if len(key) not in lengths:
        first[key[0]] = tuple(sorted((*lengths, len(key)), reverse=True))


def split_paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Spans of the non-empty lines of ``text`` from ``start`` on (a line is a paragraph)."""
    for m in _PARAGRAPH.finditer(text, start):
        if m.group().strip():
            yield m.start(), m.end()


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation or an initial rather than a sentence."""
    i = dot
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot]
    if not word:
        return False
    if "." in word:  # U.S. / a.m.
        return True
    if len(word) == 1 and word.isupper():  # an initial: "George W. Bush"
        return True
    if word.lower() in _NUMBER_SIGNS:  # "No. 10", but "Iran said no."
        return text[dot + 1:dot + 3].strip()[:1].isdigit()
    return word.lower() in ABBREVIATIONS


def split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (one paragraph), trimmed of spaces."""
    cut = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        yield from _trimmed(text, cut, m.end())
        cut = m.end()
    yield from _trimmed(text, cut, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
