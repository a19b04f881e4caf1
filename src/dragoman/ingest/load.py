"""Raw bytes from a source: a file, a ``.gz`` file, stdin (``-``) or a URL, within :data:`MAX_BYTES`.

A file larger than the limit is refused from its size alone, before it is
read; a ``.gz`` file is decompressed only up to the limit (a compression bomb
stops there); stdin and URLs are read up to the limit plus one byte.  URLs are
fetched only when the caller allows the network.
"""

from __future__ import annotations

import gzip
import sys
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path

from .decode import MAX_BYTES
from .outcome import SourceError

__all__ = ["Raw", "load"]

_MB = MAX_BYTES // 2**20
_TIMEOUT = 30  # seconds for one URL


@dataclass(frozen=True, slots=True)
class Raw:
    """A source's bytes, its name, and the name that tells its type (without ``.gz``)."""

    source: str
    data: bytes
    type_name: str
    content_type: str = ""


def load(path: str, allow_network: bool = False) -> Raw:
    """The bytes of ``path``; raises SourceError with what to do when they cannot be had."""
    if path == "-":
        return Raw(path, _bounded(sys.stdin.buffer.read(MAX_BYTES + 1), path), "-")
    if path.startswith(("http://", "https://")):
        return _fetch(path, allow_network)
    p = Path(path)
    if not p.exists():
        raise SourceError(path, "no such file", "no such file")
    if p.is_dir():
        raise SourceError(path, "is a folder; pass the files in it", "folder")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise SourceError(path, f"is {size / 2**20:.1f} MB; dragoman reads files of up to {_MB} MB "
                                "(split it)", "too large")
    if path.lower().endswith(".gz"):
        return Raw(path, _gunzip(p), path[:-3])
    with p.open("rb") as fh:
        return Raw(path, _bounded(fh.read(MAX_BYTES + 1), path), path)


def _bounded(data: bytes, source: str) -> bytes:
    if len(data) > MAX_BYTES:
        raise SourceError(source, f"is over {_MB} MB; dragoman reads files of up to {_MB} MB (split it)",
                          "too large")
    return data


def _gunzip(path: Path) -> bytes:
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceError(str(path), f"is not a valid gzip file ({exc}); decompress it or re-create it",
                          "bad gzip") from None
    if len(data) > MAX_BYTES:
        raise SourceError(str(path), f"decompresses to over {_MB} MB; dragoman reads documents of up to "
                                     f"{_MB} MB (split it)", "too large")
    return data


def _fetch(url: str, allow_network: bool) -> Raw:
    if not allow_network:
        raise SourceError(url, "is a URL; dragoman fetches pages only with --allow-network "
                               "(or save the page and pass the file)", "network not allowed")
    request = urllib.request.Request(url, headers={"User-Agent": "dragoman (news event coder)"})
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
            data = _bounded(response.read(MAX_BYTES + 1), url)
            content_type = response.headers.get_content_type()
    except (OSError, ValueError) as exc:
        raise SourceError(url, f"could not be fetched ({exc}); check the address and the connection",
                          "fetch failed") from None
    return Raw(url, data, url.split("?")[0], content_type)
