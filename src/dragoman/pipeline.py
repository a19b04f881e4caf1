"""The stage registry and the runner.

A stage is a plain function ``Doc -> Doc`` registered under a name with
:func:`stage`. :func:`run` applies stages in order, checks that each returned
a :class:`~dragoman.model.Doc`, and turns any failure into a
:class:`~dragoman.errors.StageError` naming the stage and the document.
Stages receive the knowledge they need through a :class:`Context`, never
through module-level state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from time import perf_counter
from typing import Any

from .errors import StageError
from .model import Doc

__all__ = ["DEFAULT_STAGES", "Context", "registered", "run", "stage"]

StageFn = Callable[[Doc, "Context"], Doc]

DEFAULT_STAGES = ("segment", "actors", "coref", "time", "events", "places", "visits", "listed", "learned",
                  "subcodes")

_REGISTRY: dict[str, StageFn] = {}


@dataclass(frozen=True, slots=True)
class Context:
    """What stages may read: the knowledge base, lexicon and codebook, and options."""

    kb: Any
    lexicon: Any
    codebook: Any
    roles: Any
    governors: Any
    gazetteer: Any = None
    composition: Any = None  # frame subcodes by what they are about (knowledge.composition)
    subcodes: Any = None  # root-level codes refined by cue words (knowledge.subcodes)
    learned: Any = None  # the learned fallback's model (stages.learned); None: the fallback is off
    publishers: Any = None  # news outlets' home states (knowledge.publishers); None: not read
    keep_all: bool = False  # keep negated and hypothetical events (marked) instead of dropping them


def stage(name: str) -> Callable[[StageFn], StageFn]:
    """Register ``fn`` as the pipeline stage ``name``."""

    def register(fn: StageFn) -> StageFn:
        _REGISTRY[name] = fn
        fn.stage_name = name  # type: ignore[attr-defined]
        return fn

    return register


def registered() -> dict[str, StageFn]:
    """The registered stages by name (importing the stages package registers them)."""
    from . import stages  # noqa: F401  (registers the built-in stages)

    return dict(_REGISTRY)


def run(doc: Doc, ctx: Context, names: Sequence[str] = DEFAULT_STAGES,
        timings: dict[str, float] | None = None) -> Doc:
    """Run the named stages over ``doc`` in order; add seconds per stage to ``timings`` if given."""
    table = registered()
    for name in names:
        fn = table.get(name)
        if fn is None:
            raise StageError(name, doc.id, "no such stage is registered")
        started = perf_counter()
        try:
            result = fn(doc, ctx)
        except StageError:
            raise
        except Exception as exc:  # a bug in a stage: name it, keep the cause
            raise StageError(name, doc.id, f"{type(exc).__name__}: {exc}") from exc
        if not isinstance(result, Doc):
            raise StageError(name, doc.id, f"returned {type(result).__name__}, not Doc")
        result.done.append(name)
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + perf_counter() - started
        doc = result
    return doc
