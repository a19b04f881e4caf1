"""The one entry point: :func:`read_sources` turns paths into Documents or errors.

For each path: a folder is walked (:mod:`.folder`); the bytes are loaded within
the size limit (:mod:`.load`); decoded (:mod:`.decode`); the type is told by
the name, else by the content; the type's reader makes Documents; each is
checked (:mod:`.finish`).  Whatever goes wrong with one source becomes one
InputError naming it, and the next source goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .decode import MAX_BYTES, decode, decode_with_note
from .feed import looks_like_feed
from .fetch import FetchOptions
from .finish import finish
from .folder import KNOWN_SUFFIXES, expand
from .jsonl import documents_from_jsonl
from .jsonl_stream import WIDE_BOMS, stream_jsonl
from .load import Raw, load
from .outcome import Note, SourceError, printable
from .text import document_from_text

__all__ = ["MAX_BYTES", "decode", "read_sources"]

NoteHandler = Callable[[Note], None]
_TYPES = {".html": "html", ".htm": "html", ".xhtml": "html", ".rss": "feed", ".atom": "feed",
          ".xml": "feed", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "text", ".text": "text", ".md": "text"}


def read_sources(paths: Iterable[str | Path], published: dt.date | None = None, *,
                 include: Sequence[str] = (), exclude: Sequence[str] = (), allow_network: bool = False,
                 on_note: NoteHandler | None = None,
                 fetch_options: FetchOptions | None = None) -> Iterator[Document | InputError]:
    """Documents from each path in turn; an unreadable one yields its InputError and the rest go on.

    Folders are read recursively (``include``/``exclude`` globs choose the files);
    URLs only with ``allow_network`` (bounded by ``fetch_options``); ``on_note`` hears what is worth telling but
    is not an error (a file decoded as Windows-1252, a document coded in part).
    """
    for path in map(str, paths):
        found = False
        for file in expand(path, include, exclude):
            found = True
            if isinstance(file, OSError):
                yield SourceError(printable(str(file.filename or path)), f"is a folder that cannot be read "
                                  f"({file.strerror or file}); its files were not read", "unreadable folder")
            else:
                yield from _guarded(file, published, allow_network, on_note, fetch_options)
        if not found:
            yield SourceError(printable(path), f"is a folder with no files to read (read are {', '.join(KNOWN_SUFFIXES)} "
                                    "and their .gz; choose others with --include)", "empty folder")


def _guarded(path: str, published: dt.date | None, allow_network: bool, on_note: NoteHandler | None,
             fetch_options: FetchOptions | None = None) -> Iterator[Document | InputError]:
    """One source's items; any failure becomes an InputError naming it, never an exception."""
    name = printable(path)
    try:
        if _streams(path):
            for item in stream_jsonl(path, published, on_note):
                yield finish(item, on_note) if isinstance(item, Document) else item
            return
        for item in _read(load(path, allow_network, fetch_options), published, on_note):
            yield finish(item, on_note) if isinstance(item, Document) else item
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield SourceError(name, f"cannot be read ({exc.strerror or exc})", "unreadable")
    except RecursionError:
        yield SourceError(name, "is nested too deeply to read; simplify or convert it to text", "too deep")
    except Exception as exc:  # a reader library broke on hostile input: report it, go on with the batch
        yield SourceError(name, f"could not be read ({type(exc).__name__}: {str(exc)[:200]}); convert it "
                                "to plain text, and please report this file to the dragoman developers",
                          "reader failed")


def _streams(path: str) -> bool:
    """Whether ``path`` is a local JSON Lines file to read a line at a time (not one in UTF-16/32)."""
    if path == "-" or "://" in path or _TYPES.get(Path(path.removesuffix(".gz")).suffix.lower()) != "jsonl":
        return False
    if not Path(path).is_file():  # a FIFO or device goes to load(), which refuses it unopened
        return False
    if path.lower().endswith(".gz"):
        return True
    try:
        with open(path, "rb") as fh:
            return not fh.read(4).startswith(WIDE_BOMS)
    except OSError:
        return False


def _read(raw: Raw, published: dt.date | None, on_note: NoteHandler | None) -> Iterator[Document | InputError]:
    text, note = decode_with_note(raw.data, raw.source)
    if note and on_note is not None:
        on_note(Note(raw.source, note))
    kind = _kind(raw, text)
    if kind == "feed":
        from .feed import documents_from_feed  # feedparser, only when a feed is read

        yield from documents_from_feed(raw.data, raw.source, published)
    elif kind == "html":
        from .html import document_from_html  # trafilatura and lxml, only when HTML is read

        yield document_from_html(text, raw.source, published, on_note)
    elif kind == "jsonl":
        yield from documents_from_jsonl(text, raw.source, published)
    else:
        yield document_from_text(text, published, source=raw.source)


def _kind(raw: Raw, text: str) -> str:
    """text | html | feed | jsonl: by the name's extension, else the content type, else the content."""
    kind = _TYPES.get(Path(raw.type_name).suffix.lower())
    if kind:
        return kind
    if "html" in raw.content_type:
        return "html"
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<") and looks_like_feed(head.encode("utf-8", "replace")):
        return "feed"
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<!--")) or "<p>" in head[:512]:
        return "html"
    return "jsonl" if head.startswith("{") else "text"
