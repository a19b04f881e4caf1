"""Counting what a batch did: documents coded, skipped and failed, with reasons."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError
from .outcome import SkippedInput, reason_of

__all__ = ["Tally"]


@dataclass
class Tally:
    """Counts for one run; ``summary()`` is the line a command prints at the end."""

    coded: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)

    def add_error(self, error: Exception) -> None:
        """Count an error: a SkippedInput as skipped, anything else as failed, by its reason."""
        kind = self.skipped if isinstance(error, SkippedInput) else self.failed
        kind[reason_of(error) if isinstance(error, InputError) else "coding failed"] += 1

    @property
    def any_failed(self) -> bool:
        return bool(self.failed)

    def summary(self) -> str:
        """ "3 documents: 1 coded, 1 skipped (not English: 1), 1 failed (empty file: 1)" """
        total = self.coded + sum(self.skipped.values()) + sum(self.failed.values())
        return (f"{total} document{'s' if total != 1 else ''}: {self.coded} coded, "
                f"{_part('skipped', self.skipped)}, {_part('failed', self.failed)}")


def _part(name: str, by_reason: Counter[str]) -> str:
    detail = ", ".join(f"{reason}: {n}" for reason, n in sorted(by_reason.items()))
    return f"{sum(by_reason.values())} {name}" + (f" ({detail})" if detail else "")
