"""Bisection over a sorted text held as one byte string (knowledge/sorted_text.py)."""

import random

from dragoman.knowledge.sorted_text import SortedText


def _text(keys):
    return SortedText(("".join(k + "\tx\n" for k in keys)).encode())


def test_agrees_with_a_scan_of_split_lines():
    rng = random.Random(3)
    keys = sorted("".join(rng.choice("abcd ") for _ in range(rng.randint(1, 6))).strip() or "a"
                  for _ in range(5000))  # many blocks, and runs of one key across a block's end
    text = _text(keys)
    assert len(text.heads) > 3
    lines = [(k + "\tx").encode() for k in keys]
    for query in ["", "a", "ab", "b c", "dddddd", "e", "c\t", "a ", "d\t", "bb\t"]:
        want = [line for line in lines if line.startswith(query.encode())]
        assert text.starts(query.encode()) == bool(want), query
        assert text.lines(query.encode(), limit=10**6) == want, query


def test_starts_and_lines():
    text = _text(["Abu", "Abu Dis", "Abu Dis", "Bani"])
    assert text.starts(b"Abu Dis\t") and text.starts(b"Abu ") and not text.starts(b"Abx")
    assert text.lines(b"Abu Dis\t") == [b"Abu Dis\tx", b"Abu Dis\tx"]
    assert text.lines(b"Zed\t") == [] and _text([]).lines(b"A") == []
