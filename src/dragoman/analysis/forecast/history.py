"""An entity's recognition history as a month-by-state array.

``status[k, i]`` is 1 when state ``i`` recognizes the entity on the first day of month
``k``, from the facts sure to have happened before that day (a fact dated only to a
month or a year counts from its last day, as on the recognition board). So the
history up to month ``k`` is the same whatever was learnt after it: features read from
it at ``k`` are honest at ``k``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from ..recognition import Entity, Fact
from .geography import Geography
from .months import month_index

__all__ = ["RECOGNIZING", "History", "build_history"]

RECOGNIZING = ("recognizes",)  # an ambassador accepted without recognition is not counted


@dataclass(frozen=True, eq=False)
class History:
    entity: Entity
    status: np.ndarray  # months x n, 1 = recognizes at the start of the month
    changes: np.ndarray  # months x n, number of changes of stance before the month
    began: np.ndarray  # months x n, the month the current recognition began (-1 when none)
    facts: tuple[Fact, ...]

    @property
    def months(self) -> int:
        return self.status.shape[0]

    def first_recognition(self) -> int | None:
        """The month from which some state recognized the entity (None: never, so far)."""
        rows = np.flatnonzero(self.status.any(axis=1))
        return int(rows[0]) if rows.size else None

    def withdrawals_before(self, k: int) -> int:
        return int(((self.status[1:k + 1] == 0) & (self.status[:k] == 1)).sum()) if k > 0 else 0

    def changes_before(self, k: int) -> int:
        return int((self.status[1:k + 1] != self.status[:k]).sum()) if k > 0 else 0


def build_history(entity: Entity, facts: Iterable[Fact], geo: Geography, months: int) -> History:
    """The history over months 0..``months``-1 from the facts about ``entity`` (others are ignored)."""
    index = geo.index
    n = len(geo.states)
    status = np.zeros((months, n), dtype=np.int8)
    mine = sorted((f for f in facts if f.entity == entity.id and f.recognizer in index),
                  key=lambda f: (f.known, f.start))
    for fact in mine:
        k = max(month_index(fact.known) + 1, 0)  # holds from the first month after the day it is sure
        if k < months:
            status[k:, index[fact.recognizer]] = 1 if fact.status in RECOGNIZING else 0
    moved = np.vstack([np.zeros((1, n), dtype=np.int32), np.cumsum(status[1:] != status[:-1], axis=0)])
    began = np.full((months, n), -1)
    began[0] = np.where(status[0] == 1, 0, -1)
    for k in range(1, months):
        began[k] = np.where(status[k] == 0, -1, np.where(status[k - 1] == 1, began[k - 1], k))
    return History(entity, status, moved, began, tuple(mine))
