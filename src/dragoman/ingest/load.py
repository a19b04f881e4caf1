"""Raw bytes from a source: a file, a ``.gz`` file, stdin (``-``) or a URL, within :data:`MAX_BYTES`.

A file larger than the limit is refused from its size alone, before it is
read; a ``.gz`` file is decompressed only up to the limit (a compression bomb
stops there); stdin and URLs are read up to the limit plus one byte.  Only regular files are
read (a FIFO or a device is refused unread).  URLs are fetched only when the
caller allows the network, and then only as :mod:`.fetch` allows.
"""

from __future__ import annotations

import gzip
import os
import stat
import sys
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from .decode import MAX_BYTES
from .fetch import FetchOptions, fetch
from .outcome import SourceError, printable

__all__ = ["Raw", "load", "open_regular"]

_MB = MAX_BYTES // 2**20


@dataclass(frozen=True, slots=True)
class Raw:
    """A source's bytes, its name, and the name that tells its type (without ``.gz``)."""

    source: str
    data: bytes
    type_name: str
    content_type: str = ""


def load(path: str, allow_network: bool = False, fetch_options: FetchOptions | None = None) -> Raw:
    """The bytes of ``path``; raises SourceError with what to do when they cannot be had.

    Only regular files are read: a FIFO, a device or a socket is refused without being read
    (it could block or never end).
    """
    name = printable(path)
    if path == "-":
        return Raw(path, _bounded(sys.stdin.buffer.read(MAX_BYTES + 1), path), "-")
    if path.startswith(("http://", "https://")):
        if not allow_network:
            raise SourceError(name, "is a URL; dragoman fetches pages only with --allow-network "
                                    "(or save the page and pass the file)", "network not allowed")
        data, content_type = fetch(path, fetch_options or FetchOptions())
        return Raw(name, data, path.split("?")[0], content_type)
    with open_regular(path) as fh:
        return _read_regular(fh, path, name)


def open_regular(path: str) -> BinaryIO:
    """``path`` opened for reading, if it is a regular file; a FIFO (opened without blocking),
    a device or a folder raises SourceError and is never read."""
    name = printable(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise SourceError(name, "no such file", "no such file") from None
    except IsADirectoryError:
        raise SourceError(name, "is a folder; pass the files in it", "folder") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise SourceError(name, "is a folder; pass the files in it", "folder")
        raise SourceError(name, "is not a regular file (a FIFO, device or socket); dragoman reads only "
                                "files, or - for stdin", "not a regular file")
    return os.fdopen(fd, "rb")


def _read_regular(fh: BinaryIO, path: str, name: str) -> Raw:
    mode = os.fstat(fh.fileno())
    if mode.st_size > MAX_BYTES:
        raise SourceError(name, f"is {mode.st_size / 2**20:.1f} MB; dragoman reads files of up to {_MB} MB "
                                "(split it)", "too large")
    if path.lower().endswith(".gz"):
        return Raw(name, _gunzip(fh, name), name[:-3])
    return Raw(name, _bounded(fh.read(MAX_BYTES + 1), name), name)


def _bounded(data: bytes, source: str) -> bytes:
    if len(data) > MAX_BYTES:
        raise SourceError(source, f"is over {_MB} MB; dragoman reads files of up to {_MB} MB (split it)",
                          "too large")
    return data


def _gunzip(raw: BinaryIO, path: str) -> bytes:
    try:
        with gzip.GzipFile(fileobj=raw, mode="rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceError(str(path), f"is not a valid gzip file ({exc}); decompress it or re-create it",
                          "bad gzip") from None
    if len(data) > MAX_BYTES:
        raise SourceError(str(path), f"decompresses to over {_MB} MB; dragoman reads documents of up to "
                                     f"{_MB} MB (split it)", "too large")
    return data
