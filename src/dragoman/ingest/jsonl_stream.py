"""JSON Lines files of any size, read a line at a time: memory is one line, not the file.

The 16 MB limit applies to each line (one document), not to the file; a longer
line is that line's error and the next line goes on. A file with a UTF-16 or
UTF-32 byte-order mark is read whole by :mod:`.readers` instead (its lines are
not byte lines). Each line is UTF-8, else Windows-1252 (with one note a file).
"""

from __future__ import annotations

import datetime as dt
import gzip
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..model import Document
from .decode import MAX_BYTES, _cp1252
from .jsonl import line_document
from .load import open_regular
from .outcome import Note, SourceError, printable

__all__ = ["WIDE_BOMS", "stream_jsonl"]

WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_MB = MAX_BYTES // 2**20


def _lines(fh: BinaryIO) -> Iterator[bytes | None]:
    """Each line's bytes, or None for a line over the limit (which is skipped)."""
    while True:
        line = fh.readline(MAX_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while (rest := fh.readline(2**20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def stream_jsonl(path: str, published: dt.date | None,
                 on_note: Callable[[Note], None] | None = None) -> Iterator[Document | SourceError]:
    """One Document (or SourceError) per line of the JSON Lines file at ``path``."""
    name = printable(path)
    with open_regular(path) as raw:
        fh: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb") if path.lower().endswith(".gz") else raw  # type: ignore[assignment]
        try:
            yield from _documents(fh, name, published, on_note)
        except (OSError, EOFError, zlib.error) as exc:
            yield SourceError(name, f"could not be read to the end ({exc})", "unreadable")


def _documents(fh: BinaryIO, name: str, published: dt.date | None,
               on_note: Callable[[Note], None] | None) -> Iterator[Document | SourceError]:
    noted, any_text = False, False
    for number, line in enumerate(_lines(fh), 1):
        where = f"{name}:{number}"
        if line is None:
            yield SourceError(where, f"is over {_MB} MB; a document is at most {_MB} MB", "too large")
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        any_text = True
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = _cp1252(line)
            if text is None:
                yield SourceError(where, f"is not valid UTF-8 (byte 0x{line[exc.start]:02x}) nor Windows-1252",
                                  "not UTF-8")
                continue
            if not noted and on_note is not None:
                on_note(Note(name, f"line {number} is not UTF-8; decoded as Windows-1252"))
                noted = True
        yield line_document(text, where, published)
    if not any_text:
        yield SourceError(name, "file is empty", "empty file")
