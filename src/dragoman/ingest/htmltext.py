"""Text from HTML with the standard library's tolerant parser: no tree, no depth limit.

Used for feed entries (their HTML fragments) and as the fallback for pages that
lxml cannot hold (nested deeper than libxml2's 256 levels).  Scripts, styles,
navigation, iframes, forms and the like are dropped with everything inside
them; block elements become line breaks.  Time and memory are linear in the
input.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_DROP = frozenset("script style noscript template iframe object embed svg math canvas nav header footer "
                  "aside form button select textarea head".split())
_BLOCK = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 article section blockquote pre table tr td th "
                   "dd dt dl figure figcaption main body html hr title".split())
_VOID = frozenset("br hr img input meta link area base col embed source track wbr param".split())
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
# Raw-text elements are cut out before parsing, so no stray "<?" or "<!" can hide their opening tag.
_RAW_OPEN = re.compile(r"<(script|style|noscript|template|iframe)\b", re.IGNORECASE)


class _Stripper(HTMLParser):
    """Collects text outside dropped elements; a counter, not a stack, tracks dropping."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _DROP and tag not in _VOID:
            self.dropping[tag] = self.dropping.get(tag, 0) + 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.dropping.get(tag):
            self.dropping[tag] -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not any(self.dropping.values()):
            self.parts.append(data)


def _cut_raw_text(markup: str) -> str:
    """``markup`` without its script, style and other raw-text elements, in one forward pass
    (a regex with a lazy ``.*?`` to the closing tag took quadratic time on many unclosed tags).
    An element that is never closed runs to the end, as in a browser."""
    lower, out, at = markup.lower(), [], 0
    while (found := _RAW_OPEN.search(markup, at)) is not None:
        out.append(markup[at:found.start()])
        close = lower.find("</" + found.group(1).lower(), found.end())
        end = lower.find(">", close) if close >= 0 else -1
        if end < 0:
            return " ".join(out)
        out.append(" ")
        at = end + 1
    out.append(markup[at:])
    return "".join(out)


def html_to_text(markup: str) -> str:
    """The visible text of ``markup``, one paragraph a line, spaces folded."""
    parser = _Stripper()
    parser.feed(_cut_raw_text(markup))
    if not parser.rawdata.startswith("<"):  # what is left unparsed: text, or an unclosed "<!--", "<![CDATA["
        parser.close()  # ... which a browser hides, and HTMLParser.close() would show as text
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
