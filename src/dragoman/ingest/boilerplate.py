"""Where an article's body ends: the footer a blog or news page puts after it.

A footer starts at the first *marker line* after the body's first paragraph:
a comment count or comment form ("3 comments", "No comments", "Leave a reply",
"Comments"), which may come anywhere after the first paragraph since comments
follow the article; or a share prompt, a newsletter prompt, "Related posts",
"About the author", tags or a copyright line, which count only in the second
half of the body (a "Related:" line inside a long article is not a footer).
An author bio just before the footer (or at the very end) goes with it: a
line that starts with the byline's name followed by "is", "was", "covers",
"writes", "reports", "has" or "'s".  Marker lines are short (at most 80 characters).
"""

from __future__ import annotations

import re

__all__ = ["body_end"]

_MAX_MARKER = 80
_COMMENTS = re.compile(r"""^(?:\d+\s+(?:comments?|responses?|replies)|no\s+comments?(?:\s+yet)?
    |comments?(?:\s*\(\d+\))?|leave\s+a\s+(?:comment|reply)|(?:join|view|show|read)\s+(?:the\s+)?(?:\d+\s+)?comments?
    |(?:\d+\s+)?thoughts?\s+on\b.*)\W*$""", re.IGNORECASE | re.VERBOSE)
_TAIL = re.compile(r"""^(?:share(?:\s+this(?:\s+(?:article|post|story|page))?)?(?:\s+(?:on|via)\s+\w+)?
    |share\s+on\b.*|subscribe\b.*|sign\s+up\b.*newsletter.*|related(?:\s+(?:posts?|articles?|stories|reading|content))?
    |more\s+from\b.*|you\s+may\s+also\s+like|about\s+the\s+authors?|tags?:.*|filed\s+under\b.*|posted\s+in\b.*
    |follow\s+us\b.*|(?:©|\(c\)|copyright\b).*|.*\ball\s+rights\s+reserved\b.*)\W*$""", re.IGNORECASE | re.VERBOSE)
_LINE = re.compile(r"[^\n]+")
_BIO_VERB = r"(?:\s+(?:is|was|covers|writes|reports|has|had|lives|works)\b|['’]s\b)"


def body_end(text: str, start: int, author: str | None = None) -> int | None:
    """The offset where the footer after the body begins, or None when there is none."""
    lines = _lines(text, start)
    if len(lines) < 2:
        return None
    half = start + (len(text) - start) // 2
    cut = next((i for i, (s, line) in enumerate(lines[1:], 1)
                if len(line) <= _MAX_MARKER and (_COMMENTS.match(line) or (s >= half and _TAIL.match(line)))),
               len(lines))
    if author and cut > 1 and _is_bio(lines[cut - 1][1], author):
        cut -= 1
    return lines[cut][0] if cut < len(lines) else None


def _lines(text: str, start: int) -> list[tuple[int, str]]:
    """(offset, stripped text) of each non-empty line from ``start`` on."""
    return [(m.start(), m.group().strip()) for m in _LINE.finditer(text, start) if m.group().strip()]


def _is_bio(line: str, author: str) -> bool:
    name = re.escape(" ".join(author.split()))
    return bool(re.match(rf"(?:about\s+)?{name}{_BIO_VERB}", line, re.IGNORECASE))
