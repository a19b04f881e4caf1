"""Temporal expressions in English news: find them and resolve them against the publication date.

Resolution follows a news editor's habits. A bare weekday or month is the most recent one
on or before the publication date, unless the text marks it as future: "next", "coming", or a
future verb ("will", "is due to", "scheduled", ...) earlier in the same clause and not followed
by a reporting verb ("talks will resume on Friday" -> the coming Friday; "talks will resume,
he said on Friday" -> the past Friday).  A month-day without a year follows its month.

Span conventions: the plain prepositions in/on/at/during/over are left out of a timex's text;
since/by/until/till are kept because they change what the date means ("since 2021");
determiners and modifiers that belong to the phrase are kept ("the 1990s", "early April",
"late on Monday", "the next day").  Anchored expressions ("four months after the attack")
include their anchor phrase; when the anchor itself starts with a date ("two days after
Friday's attack", "a year after the 2003 invasion") the expression is resolved on the spot
and takes that date's basis.

Stdlib only; imports nothing from the rest of dragoman.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from .handlers import (Timex, _approx_hedge, _month_no, _num, _on_ago, _on_date, _on_dayword, _on_decade,
    _on_iso, _on_month, _on_numeric, _on_period, _on_recent, _on_weekday, _on_year, _shift_month, _ym)
from .tables import (_AGO, _ANCHOR, _DATE, _DATELINE, _DAYWORD, _DECADE, _DURATION_BEFORE, _HEADER,
    _HEADER_LINES, _IN_BEFORE, _ISO, _MONTH, _NP_STOP, _NP_TRAIL, _NUMERIC, _PERIOD, _PREFIX, _RANK, _RECENT,
    _SPACE, _THE, _TOKEN, _UNIT, _UNIT_PRECISION, _WEEKDAY, _YEAR, MONTH_KEYS)

__all__ = ["Timex", "find_timexes", "resolve_anchored", "header_date", "dateline_date"]


# (cheap pre-check: substrings one of which the lower-cased text must contain, pattern, handler)
_RULES = ((MONTH_KEYS, _DATE, _on_date), (("19", "20"), _ISO, _on_iso), (("/",), _NUMERIC, _on_numeric),
          (MONTH_KEYS, _MONTH, _on_month), (("19", "20"), _YEAR, _on_year),
          (("19", "20"), _DECADE, _on_decade), (("day",), _WEEKDAY, _on_weekday),
          (("today", "tomorrow", "yesterday", "night", "morning", "afternoon", "evening"),
           _DAYWORD, _on_dayword),
          (("week", "month", "year", "spring", "summer", "autumn", "fall", "winter"),
           _PERIOD, _on_period),
          (("day", "week"), _RECENT, _on_recent), (("ago",), _AGO, _on_ago))
# an anchored expression has a unit (or "eve of") and a direction word
_ANCHOR_KEYS = (("day", "night", "morning", "afternoon", "evening", "week", "month", "year",
                 "decade", "eve of"),
                ("later", "earlier", "after", "before", "prior", "next", "following", "previous",
                 "preceding", "same", "that", "eve of"))
_ALL_KEYS = tuple(k for k in sorted({key for keys, _, _ in _RULES for key in keys} | {"eve of"})
                  if k in ("day", "ago") or not any(o in k for o in ("day", "ago")))


# ---------------------------------------------------------------- anchored expressions

def _anchor_phrase(text: str, pos: int, dates: dict[int, Timex]) -> tuple[int, Timex | None]:
    """End of the anchor noun phrase starting at pos, and the date it starts with, if any."""
    the = _THE.match(text, pos)
    date = dates.get(the.end() if the else pos) or dates.get(pos)
    end = date.end if date else pos
    if date and text.startswith(("'s", "’s"), end):
        end += 2
    words: list[tuple[int, str]] = []
    for tok in _TOKEN.finditer(text, end):
        word = tok.group().lower()
        if (len(words) == 5 or text[end:tok.start()].strip() or word in _NP_STOP
                or tok.start() in dates):
            break
        words.append((end, word))
        end = tok.end()
    while words and words[-1][1] in _NP_TRAIL:
        end = words.pop()[0]
    return end, date


def _anchor_offset(m: re.Match[str], text: str) -> tuple[int, str, bool] | None:
    """(signed count, unit, needs an anchor phrase) for an anchored match, None to skip it."""
    if _DURATION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "for three years before the war" is a duration
    if m["n"]:
        direction = m["dir"].split()[0].lower()
        sign = 1 if direction in ("later", "after", "afterward", "afterwards") else -1
        return sign * _num(m["n"]), m["u"], direction in ("after", "before", "prior")
    if m["nx"]:
        unit = m["u2"].lower()
        if not m["the"] and _UNIT[unit] != "day":
            return None  # "next week" is relative to the reference date
        if m["nx"].lower() == "next" and _IN_BEFORE.search(text, max(0, m.start() - 4),
                                                           m.start()):
            return None  # "in the next week": a window, not a date
        sign = 1 if m["nx"].lower() in ("next", "following") else -1
        return sign, unit, False
    if m["u3"]:
        return (1 if m["dir3"].lower() == "after" else -1), m["u3"], True
    if m["u4"]:
        return 0, m["u4"], False
    return -1, "day", True  # the eve of


def _anchored_one(m: re.Match[str], text: str, dates: dict[int, Timex]) -> Timex | None:
    found = _anchor_offset(m, text)
    if found is None:
        return None
    count, unit, needs_anchor = found
    unit = _UNIT[unit.lower()]
    offset = (count, unit)
    start, end = m.start("t"), m.end("t")
    value, precision, basis, anchor = None, _UNIT_PRECISION[unit], "anchored", None
    if needs_anchor:
        pos = _SPACE.match(text, end).end()
        np_end, date = _anchor_phrase(text, pos, dates)
        if np_end > pos:
            anchor, end = text[pos:np_end], np_end
            if date and date.value:
                (value, precision), basis = _shift(date.value, date.precision, offset), date.basis
    return Timex(start, end, text[start:end], value, precision, basis,
                 _approx_hedge(m["h"]), offset, anchor)


def _anchored(text: str, found: list[Timex]) -> list[Timex]:
    dates = {t.start: t for t in sorted(found, key=lambda t: t.end - t.start)}
    return [t for m in _ANCHOR.finditer(text) if (t := _anchored_one(m, text, dates))]


# ---------------------------------------------------------------- public functions

def _select(found: list[Timex]) -> list[Timex]:
    """Longest first, no overlaps, in text order."""
    chosen: list[Timex] = []
    for t in sorted(found, key=lambda t: (t.start - t.end, t.start)):
        if all(t.end <= o.start or t.start >= o.end for o in chosen):
            chosen.append(t)
    return sorted(chosen, key=lambda t: t.start)


def _with_prefix(t: Timex, text: str) -> Timex:
    """Take in a preceding since/by/until/till: it changes what the date means."""
    m = _PREFIX.search(text, max(0, t.start - 10), t.start)
    if not m or text.startswith(("'s", "’s"), t.end):
        return t
    return dataclasses.replace(t, start=m.start(), text=text[m.start():t.end])


_EVERY_KEY = tuple(sorted({key for keys, _, _ in _RULES for key in keys} | set(_ALL_KEYS)))


# words every match of a slow pattern holds (a month name, a weekday, "recent days" or "the past/last"),
# found in the lower-cased text by a quick case-sensitive search first
_MONTH_WORD = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november"
                         r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b")
_NEEDED = {_on_date: _MONTH_WORD, _on_month: _MONTH_WORD,
           _on_weekday: re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
           _on_recent: re.compile(r"recent\s+days|the\s+(?:past|last)\s")}
_GUARDED = tuple((keys, rx, rule, _NEEDED.get(rule)) for keys, rx, rule in _RULES)


def _within_calendar(rule, m: re.Match, text: str, reference: datetime.date) -> Timex | None:
    """The rule's timex, or none when it would fall outside years 1-9999 ("yesterday" on 0001-01-01)."""
    try:
        return rule(m, text, reference)
    except OverflowError:
        return None


def find_timexes(text: str, reference: datetime.date) -> list[Timex]:
    """All temporal expressions in text (one sentence or a paragraph), in order, non-overlapping,
    longest match."""
    low = text.lower()
    hits = {k for k in _EVERY_KEY if k in low}  # a substring test per key ("monday" holds "day"): quicker than a regex
    if not hits:
        return []
    plain = text.isascii()  # lower-cased ASCII matches a case-blind pattern where the text does
    found = [t for keys, rx, rule, needed in _GUARDED if not hits.isdisjoint(keys)
             and (needed is None or not plain or needed.search(low))
             for m in rx.finditer(text) if (t := _within_calendar(rule, m, text, reference))]
    if all(any(k in low for k in keys) for keys in _ANCHOR_KEYS):
        found += _anchored(text, found)
    return [_with_prefix(t, text) for t in _select(found)]


def _shift(value: str, precision: str, offset: tuple[int, str]) -> tuple[str, str]:
    n, unit = offset
    parts = [int(p) for p in value.split("-")]
    implied = ("year", "month", "day")[len(parts) - 1]
    precision = max(precision, implied, _UNIT_PRECISION[unit], key=_RANK.__getitem__)
    if precision == "day":
        day = datetime.date(*parts) + datetime.timedelta(days=n * (7 if unit == "week" else 1))
        return day.isoformat(), "day"
    months = {"day": int(n / 30), "week": int(n * 7 / 30), "month": n, "year": 12 * n,
              "decade": 120 * n}[unit]
    if precision == "month":
        return _ym(*_shift_month(parts[0], parts[1], months)), "month"
    year = parts[0] + int(months / 12)
    if precision == "decade":
        return f"{year - year % 10:04d}", "decade"
    return f"{year:04d}", "year"


def resolve_anchored(timex: Timex, anchor_value: str, anchor_precision: str) -> tuple[str, str]:
    """Apply timex.offset to an anchor date value ("2024", "2024-03", "2024-03-22").

    Returns (value, precision) with the coarser of the anchor's precision and the offset unit's
    (a week counts as days, a decade as years):
    4 months after "2024-03" -> ("2024-07", "month"); 1 day after "2025-07" -> ("2025-07", "month");
    4 months after "2024" -> ("2024", "year"), since whether the shift crosses a year boundary
    is unknowable.  A shift in a finer unit than the result moves it only by whole coarse units
    (14 months after "2024" -> ("2025", "year")).  Raises ValueError when timex has no offset.
    """
    if timex.offset is None:
        raise ValueError(f"timex {timex.text!r} has no offset to apply")
    return _shift(anchor_value, anchor_precision, timex.offset)


def _line_date(m: re.Match[str], year: int | None) -> datetime.date | None:
    if year is None:
        return None
    try:
        if m.re is _HEADER and m["iy"]:
            return datetime.date(int(m["iy"]), int(m["im"]), int(m["id"]))
        return datetime.date(year, _month_no(m["m1"] or m["m2"]), int(m["d1"] or m["d2"]))
    except ValueError:
        return None


def header_date(lines: list[str]) -> tuple[datetime.date, int] | None:
    """The publication date from a document's header lines, and the index of its line.

    A line qualifies when it is a date and nothing else (a label such as "Published:" or
    "Updated" and a time of day may go with it; numeric d/m forms are skipped as ambiguous),
    or when it starts with a wire dateline carrying a year ("KABUL, July 4, 2025 (Reuters) -").
    Only the first 15 lines are looked at.
    """
    for i, line in enumerate(lines[:_HEADER_LINES]):
        m = _HEADER.match(line)
        day = _line_date(m, int(m["y"] or m["iy"])) if m else None
        if day is None and (m := _DATELINE.match(line)) and m["y"]:
            day = _line_date(m, int(m["y"]))
        if day is not None:
            return day, i
    return None


def dateline_date(line: str, reference_year: int | None) -> datetime.date | None:
    """A wire dateline without a year, "KABUL, July 4 (Reuters) -", resolved with reference_year.

    A dateline that carries its own year uses it; a yearless one with reference_year None -> None.
    """
    m = _DATELINE.match(line)
    if m is None:
        return None
    return _line_date(m, int(m["y"]) if m["y"] else reference_year)
