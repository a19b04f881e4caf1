"""Look-ups in a sorted text held as one byte string, with a sparse index (no split on load).

Loading a sorted TSV as one ``bytes`` object costs one read; the index keeps the first line of
every block of about ``_BLOCK`` bytes, so a key is found by a bisection over the block heads
and one search inside a block, both in C. Used for the gazetteer's large, rarely matched table
``spellings.tsv``, whose split into a list of lines would cost more at load time than all the
look-ups of a run.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

__all__ = ["SortedText"]

_BLOCK = 8192


@dataclass(slots=True)
class SortedText:
    data: bytes = b""  # the data lines, sorted, each ending in a newline
    heads: list[bytes] = field(default_factory=list)  # the first line of each block
    offsets: list[int] = field(default_factory=list)  # where each block starts

    def __post_init__(self) -> None:
        at, size = 0, len(self.data)
        while at < size:
            end = self.data.find(b"\n", at)
            end = size if end < 0 else end
            self.heads.append(self.data[at:end])
            self.offsets.append(at)
            nxt = self.data.find(b"\n", min(size, at + _BLOCK))
            at = size if nxt < 0 else nxt + 1

    def _at(self, prefix: bytes) -> int:
        """The offset of the first line that starts with ``prefix``, or -1."""
        if not self.heads:
            return -1
        k = max(0, bisect_right(self.heads, prefix) - 1)
        start = self.offsets[k]
        if self.data.startswith(prefix, start):
            return start
        end = self.offsets[k + 1] if k + 1 < len(self.offsets) else len(self.data)
        found = self.data.find(b"\n" + prefix, start, end + len(prefix))
        return -1 if found < 0 else found + 1

    def starts(self, prefix: bytes) -> bool:
        """Whether some line starts with ``prefix``."""
        return self._at(prefix) >= 0

    def lines(self, prefix: bytes, limit: int = 50) -> list[bytes]:
        """The lines that start with ``prefix``, at most ``limit``, in order."""
        at, out = self._at(prefix), []
        while 0 <= at < len(self.data) and len(out) < limit and self.data.startswith(prefix, at):
            end = self.data.find(b"\n", at)
            end = len(self.data) if end < 0 else end
            out.append(self.data[at:end])
            at = end + 1
        return out
