"""Reading files and stdin into Documents, with clear errors for bad input."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .text import document_from_text

__all__ = ["MAX_BYTES", "decode", "read_sources"]

MAX_BYTES = 16 * 1024 * 1024  # one document or file; larger ones are refused, not truncated
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes, name: str) -> str:
    """Bytes to text: BOM-marked UTF-8/16/32, else strict UTF-8; binary and bad bytes are errors."""
    if not data.strip():
        raise InputError(name, "file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(name, f"starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise InputError(name, "looks like a binary file (it contains NUL bytes); dragoman reads text, HTML and JSON Lines")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8") from None


def _read_bytes(path: str) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(path, "no such file")
        if p.is_dir():
            raise InputError(path, "is a folder; pass the files in it")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"is {size / 2**20:.1f} MB; dragoman reads files of up to {MAX_BYTES // 2**20} MB (split it)")
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(path, f"is over {MAX_BYTES // 2**20} MB; dragoman reads files of up to {MAX_BYTES // 2**20} MB (split it)")
    return data


def read_sources(paths: list[str], published: dt.date | None = None) -> Iterator[Document | InputError]:
    """Documents from each path in turn; an unreadable one yields its InputError and the rest go on."""
    for path in paths:
        try:
            text = decode(_read_bytes(path), path)
        except InputError as exc:
            yield exc
            continue
        except OSError as exc:
            yield InputError(path, f"cannot be read ({exc.strerror or exc})")
            continue
        if path.endswith(".jsonl"):
            yield from _jsonl(text, path, published)
        else:
            yield _text_document(text, path, published)


def _text_document(text: str, path: str, published: dt.date | None) -> Document | InputError:
    if not text.strip():
        return InputError(path, "has no text")
    return document_from_text(text, published, source=path)


def _jsonl(text: str, path: str, published: dt.date | None) -> Iterator[Document | InputError]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"is not valid JSON ({exc.msg})")
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
            yield InputError(where, "needs an object with a non-empty \"text\"")
            continue
        try:
            date = published or _date(item.get("published"))
        except ValueError:
            yield InputError(where, f"has a \"published\" that is not a YYYY-MM-DD date: {item.get('published')!r}")
            continue
        doc_id = str(item["id"]) if item.get("id") is not None else None
        yield document_from_text(item["text"], date, doc_id=doc_id, source=where,
                                 url=item.get("url"), title=item.get("title"))


def _date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    return dt.date.fromisoformat(str(value)[:10])
