"""Months as integers: month 0 is January 1970; a status "at month k" holds on its first day."""

from __future__ import annotations

import datetime as dt

__all__ = ["EPOCH", "month_index", "month_start", "months_after"]

EPOCH = 1970


def month_index(day: str) -> int:
    """The month a YYYY-MM-DD (or YYYY-MM) date falls in."""
    year, month = int(day[:4]), int(day[5:7])
    return (year - EPOCH) * 12 + month - 1


def month_start(k: int) -> str:
    return dt.date(EPOCH + k // 12, k % 12 + 1, 1).isoformat()


def months_after(day: str) -> int:
    """The first month that starts on or after ``day``: what is known before ``day`` holds from it."""
    k = month_index(day)
    return k if day[8:10] in ("", "01") else k + 1
