"""Folders, recursively: which files in them are read.

Inside a folder, a file is read when its name has a known extension (text,
HTML, feed or JSON Lines, optionally ``.gz``-compressed), or matches one of the
``include`` globs when any are given; a file or folder that matches an
``exclude`` glob is left out.  Globs match the path relative to the folder
("2024/*.html") or the bare name ("*.txt").  Hidden files and folders (".git")
are skipped, symbolic links to folders are not followed, and files come in
sorted order.  A folder that cannot be listed (no permission) is reported, not
skipped silently.  Paths named on the command line are always read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from fnmatch import fnmatch
from pathlib import Path

__all__ = ["KNOWN_SUFFIXES", "expand"]

KNOWN_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml",
                  ".jsonl", ".ndjson")


def expand(path: str, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> Iterator[str | OSError]:
    """The files to read for one path: itself, or the chosen files under it if it is a folder;
    a folder that cannot be listed is yielded as its OSError (the walk goes on)."""
    if path == "-" or "://" in path or not Path(path).is_dir():
        yield path
        return
    unreadable: list[OSError] = []
    for folder, subfolders, files in os.walk(path, onerror=unreadable.append, followlinks=False):
        yield from unreadable
        unreadable.clear()
        rel_folder = Path(folder).relative_to(path)
        subfolders[:] = sorted(d for d in subfolders
                               if not d.startswith(".") and not _matches((rel_folder / d).as_posix(), d, exclude))
        for name in sorted(files):
            rel = (rel_folder / name).as_posix()
            if _chosen(rel, name, include, exclude):
                yield os.path.join(folder, name)
    yield from unreadable


def _chosen(rel: str, name: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    if name.startswith(".") or _matches(rel, name, exclude):
        return False
    if include:
        return _matches(rel, name, include)
    return name.lower().removesuffix(".gz").endswith(KNOWN_SUFFIXES)


def _matches(rel: str, name: str, globs: Sequence[str]) -> bool:
    return any(fnmatch(rel, g) or fnmatch(name, g) for g in globs)
