"""What reading a source can give besides a Document: a failure, a skip, or a note.

::

    InputError                (dragoman.errors) a source could not be read: it failed
      SourceError             the same, with a short ``reason`` for summaries ("empty file")
        SkippedInput          read fine but deliberately not coded (not English)
    Note                      something worth telling that is not a failure (decoded as cp1252)

Old consumers that treat every InputError as a failure still see skips; new
ones tell them apart with ``isinstance(item, SkippedInput)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError

__all__ = ["Note", "SkippedInput", "SourceError", "printable", "reason_of"]


class SourceError(InputError):
    """An InputError that carries a short reason, for counting failures by kind."""

    def __init__(self, source: str, problem: str, reason: str) -> None:
        super().__init__(source, problem)
        self.reason = reason


class SkippedInput(SourceError):
    """A source that was read but is not coded, on purpose (for example: not in English)."""


@dataclass(frozen=True, slots=True)
class Note:
    """Something about a source that the user should know and that is not an error."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def reason_of(error: Exception) -> str:
    """A short reason for summaries: the error's own, else the first clause of its message."""
    reason = getattr(error, "reason", None)
    if reason:
        return str(reason)
    problem = str(getattr(error, "problem", error))
    return problem.split(";")[0].split(" (")[0].strip() or type(error).__name__


def printable(name: str) -> str:
    """A name safe to print and store: a byte that is not UTF-8 (a file name's, kept by Python as a
    lone surrogate) becomes ``\\xNN``, and a control character (a terminal escape) its escape.

    >>> printable("a\\udcffb.txt"), printable("x\\x1b[31m.txt")
    ('a\\\\xffb.txt', 'x\\\\x1b[31m.txt')
    """
    if name.isprintable():
        return name
    out = []
    for ch in name:
        if ch.isprintable():
            out.append(ch)
        elif 0xDC80 <= ord(ch) <= 0xDCFF:
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)
