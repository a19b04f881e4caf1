"""Date arithmetic that never overflows: years 1 to 9999 are accepted, results are clamped to them.

>>> shift(dt.date(9999, 12, 30), 5), shift(dt.date(1, 1, 2), -5)
(datetime.date(9999, 12, 31), datetime.date(1, 1, 1))
>>> shift_iso("2025-01-01", -99999999)
'0001-01-01'
"""

from __future__ import annotations

import datetime as dt

__all__ = ["shift", "shift_iso"]

_MIN, _MAX = dt.date.min.toordinal(), dt.date.max.toordinal()


def shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, clamped to 0001-01-01 .. 9999-12-31."""
    return dt.date.fromordinal(min(_MAX, max(_MIN, day.toordinal() + days)))


def shift_iso(iso: str, days: int) -> str:
    """:func:`shift` on a YYYY-MM-DD string."""
    return shift(dt.date.fromisoformat(iso), days).isoformat()
