"""Bytes to text: byte-order marks, strict UTF-8, Windows-1252 as a noted fallback.

Limits: a file or document is at most :data:`MAX_BYTES` (16 MB); larger ones are
refused before they are read, not truncated.
"""

from __future__ import annotations

import re

from .outcome import SourceError

__all__ = ["MAX_BYTES", "decode", "decode_with_note"]

MAX_BYTES = 16 * 1024 * 1024  # one document or file; larger ones are refused, not truncated
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_C0 = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # control bytes no text file has (tab, LF, FF, CR are fine)


def decode(data: bytes, name: str) -> str:
    """Bytes to text: BOM-marked UTF-8/16/32, strict UTF-8, else Windows-1252; bad bytes are errors."""
    return decode_with_note(data, name)[0]


def decode_with_note(data: bytes, name: str) -> tuple[str, str | None]:
    """Like :func:`decode`, plus a note when the text was not UTF-8 (None when it was)."""
    if not data.strip():
        raise SourceError(name, "file is empty", "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_bom(data, name, encoding), None
    if b"\x00" in data[:8192]:
        raise SourceError(name, "looks like a binary file (it contains NUL bytes); dragoman reads text, "
                                "HTML, feeds and JSON Lines", "binary file")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        offset = exc.start
    text = _cp1252(data)
    if text is None:
        raise SourceError(name, f"is not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset}) nor "
                                "Windows-1252; convert it to UTF-8", "not UTF-8")
    return text, f"is not UTF-8 (byte 0x{data[offset]:02x} at offset {offset}); decoded as Windows-1252"


def _decode_bom(data: bytes, name: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(name, f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                                f"({exc.reason}); convert it to UTF-8", "bad encoding") from None


def _cp1252(data: bytes) -> str | None:
    """The text if ``data`` is valid Windows-1252 with no control bytes, else None."""
    if _C0.search(data):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None
