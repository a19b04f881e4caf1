"""Exceptions raised by dragoman.

::

    DragomanError
      InputError          unreadable file, bad encoding, unsupported format
      KnowledgeBaseError  bad actor, lexicon or codebook file: which line, what is wrong
      StageError          a pipeline stage broke: which stage, which document
      StoreError          the event store could not be read or written
        NotFoundError     no such event, document or entity in the store
      UsageError          a value given by the user is not one dragoman knows (an actor, a code)

Only the CLI and the HTTP layer turn these into exit and status codes.
"""

from __future__ import annotations

__all__ = ["DragomanError", "InputError", "KnowledgeBaseError", "NotFoundError", "StageError", "StoreError",
           "UsageError"]


class DragomanError(Exception):
    """Base class of every error dragoman raises on purpose."""


class InputError(DragomanError):
    """A source could not be read as a document."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class KnowledgeBaseError(DragomanError):
    """A knowledge file (actors, lexicon, codebook) is malformed."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class StageError(DragomanError):
    """A pipeline stage raised or broke the stage contract."""

    def __init__(self, stage: str, doc_id: str, problem: str) -> None:
        super().__init__(f"stage '{stage}' failed on document {doc_id}: {problem}")
        self.stage = stage
        self.doc_id = doc_id
        self.problem = problem


class StoreError(DragomanError):
    """The event store could not be read or written."""


class NotFoundError(StoreError):
    """The event, document or entity asked for is not in the store."""


class UsageError(DragomanError):
    """A value given by the user (an actor, a CAMEO code or root) is not one dragoman knows."""
