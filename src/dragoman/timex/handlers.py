"""The time expression record and the handlers that turn a matched pattern into one
(:mod:`dragoman.timex` picks the patterns worth trying and resolves anchored ones)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .tables import (_APPROX_HEDGES, _DIRECTION, _FUTURE, _MONTHS, _NOT_WEEKDAY_AFTER,
    _NOT_WEEKDAY_BEFORE, _NOT_YEAR_BEFORE, _NUMBERS, _REPORTED, _SEASONS, _SIGN, _SINCE_BEFORE,
    _TEMPORAL_PREP, _THE_BEFORE, _UNIT_NOUNS, MONTH_NAMES, WEEKDAYS, _WORD_AFTER)


@dataclass(frozen=True, slots=True)
class Timex:
    start: int  # character offsets into the text passed in
    end: int
    text: str
    value: str | None  # "2025-07-04", "2025-07", "2025", "1980" (a decade); None if unresolved
    precision: str  # "day" | "month" | "year" | "decade"
    basis: str  # "explicit" | "relative" (to the reference date) | "anchored" (needs an anchor)
    approximate: bool = False
    offset: tuple[int, str] | None = None  # (+4, "month"); units: day, week, month, year, decade
    anchor_text: str | None = None  # "the attack" in "four months after the attack"


# ---------------------------------------------------------------- small helpers

def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().replace("-", " ").split())


def _num(s: str) -> int:
    s = _norm(s)
    if s.isdigit():
        return int(s)
    return 2 if s.startswith("a couple") else sum(_NUMBERS[w] for w in s.split())


def _month_no(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    y, m0 = divmod(year * 12 + month - 1 + k, 12)
    return y, m0 + 1


def _cycle(current: int, target: int, period: int, mode: str) -> int:
    """Signed steps from current to target on a cycle.

    Modes: recent (target on or before current), last (strictly before), upcoming (on or after),
    next (strictly after).
    """
    back, ahead = (current - target) % period, (target - current) % period
    if mode == "recent":
        return -back
    if mode == "last":
        return -(back or period)
    return ahead if mode == "upcoming" else (ahead or period)


def _month_year(ref: datetime.date, month: int, mode: str) -> int:
    return ref.year + (ref.month - 1 + _cycle(ref.month, month, 12, mode)) // 12


def _weekday_year(year: int, month: int, day: int, weekday: int) -> int:
    """The year near `year` in which month/day falls on the given weekday (else `year`)."""
    for y in (year, year - 1, year + 1):
        try:
            if datetime.date(y, month, day).weekday() == weekday:
                return y
        except ValueError:
            pass
    return year


def _is_future(text: str, start: int) -> bool:
    """A future verb earlier in the clause, no reporting verb after it; "since" means past."""
    if _SINCE_BEFORE.search(text, max(0, start - 8), start):
        return False
    cut = max(text.rfind(ch, 0, start) for ch in ".!?;\n") + 1
    last = None
    for last in _FUTURE.finditer(text, cut, start):
        pass
    return last is not None and not _REPORTED.search(text, last.end(), start)


def _default_mode(text: str, start: int) -> str:
    return "upcoming" if _is_future(text, start) else "recent"


def _unit_follows(text: str, end: int) -> bool:
    m = _WORD_AFTER.match(text, end)
    return bool(m) and m.group(1).lower() in _UNIT_NOUNS


def _approx_hedge(hedge: str | None) -> bool:
    return bool(hedge) and hedge.split()[0].lower() in _APPROX_HEDGES


def _make(text: str, start: int, end: int, value: str | None, precision: str, basis: str,
          approximate: bool = False) -> Timex:
    return Timex(start, end, text[start:end], value, precision, basis, approximate)


# ---------------------------------------------------------------- rules

def _on_date(m: re.Match[str], text: str, ref: datetime.date) -> Timex | None:
    name, day = m["m1"] or m["m2"], int(m["d1"] or m["d2"])
    if not name[0].isupper():
        return None
    month, start, end = _month_no(name), m.start("t"), m.end("t")
    year_text, q = m["y"], m["q"]
    if year_text and _unit_follows(text, m.end("y")):
        year_text, end = None, m.end("md")
    if not (year_text or q) and m["d2"] and _unit_follows(text, m.end("md")):
        return None  # "in May 20 people died"
    if year_text:
        year, basis = int(year_text), "explicit"
    elif q:
        year, basis = ref.year + _SIGN[q.lower()], "relative"
    else:
        year, basis = _month_year(ref, month, _default_mode(text, start)), "relative"
        if m["wd"]:
            year = _weekday_year(year, month, day, WEEKDAYS.index(m["wd"].lower()))
    try:
        value = datetime.date(year, month, day).isoformat()
    except ValueError:
        return None
    return _make(text, start, end, value, "day", basis)


def _on_iso(m: re.Match[str], text: str, ref: datetime.date) -> Timex | None:
    try:
        value = datetime.date(int(m["y"]), int(m["mo"]), int(m["d"])).isoformat()
    except ValueError:
        return None
    return _make(text, m.start("t"), m.end("t"), value, "day", "explicit")


def _on_numeric(m: re.Match[str], text: str, ref: datetime.date) -> Timex | None:
    """A day/month date; with no year, the last such day on or before the reference date."""
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0) if m["y"] else ref.year
    try:
        day = datetime.date(year, int(m["mo"]), int(m["d"]))
        if not m["y"] and day > ref:
            day = datetime.date(year - 1, int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    return _make(text, m.start("t"), m.end("t"), day.isoformat(), "day", "explicit" if m["y"] else "relative")


def _on_month(m: re.Match[str], text: str, ref: datetime.date) -> Timex | None:
    name, mod, q = m["m"], _norm(m["mod"]), m["q"]
    key = name.rstrip(".").lower()
    year_text, end = m["y"], m.end("t")
    if year_text and _unit_follows(text, m.end("y")):
        year_text, end = None, m.end("m")
    if not name[0].isupper() or (key not in MONTH_NAMES and not year_text):
        return None
    if key in ("may", "march") and not (m["ctx"] or (mod and not name.isupper()) or year_text or q):
        return None  # the modal verb, the verb "to march", Theresa May, "THIS MAY LEAD TO WAR"
    month, start = _MONTHS[key], m.start("t")
    if year_text:
        return _make(text, start, end, _ym(int(year_text), month), "month", "explicit")
    if q:
        year = ref.year + _SIGN[q.lower()]
    elif mod == "this":
        year = ref.year
    else:
        year = _month_year(ref, month, _DIRECTION.get(mod) or _default_mode(text, start))
    return _make(text, start, end, _ym(year, month), "month", "relative")


def _is_range(first: str, second: str) -> bool:
    if len(second) == 4:
        return int(second) > int(first)
    return int(second) > int(first) % 100 or (second == "00" and first.endswith("99"))


def _on_year(m: re.Match[str], text: str, ref: datetime.date) -> Timex | None:
    ys, end = m.start("y"), m.end("t")
    if not m["mod"] and _NOT_YEAR_BEFORE.search(text, max(0, ys - 16), ys):
        return None
    if m["y2"] and not _is_range(m["y"], m["y2"]):
        end = m.end("y")
    if (_unit_follows(text, end) and not m["mod"]
            and not _TEMPORAL_PREP.search(text, max(0, ys - 8), ys)):
        return None  # "2000 troops", but "in 2015 people voted" is a year
    return _make(text, m.start("t"), end, m["y"], "year", "explicit")


def _on_decade(m: re.Match[str], text: str, ref: datetime.date) -> Timex | None:
    return _make(text, m.start("t"), m.end("t"), m["y"], "decade", "explicit")


def _on_weekday(m: re.Match[str], text: str, ref: datetime.date) -> Timex | None:
    det, start = _norm(m["det"]), m.start("t")
    if ((det == "last" and _THE_BEFORE.search(text, max(0, start - 6), start))
            or _NOT_WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
            or _NOT_WEEKDAY_AFTER.match(text, m.end("t"))):
        return None  # "the last Friday of the month", "every Friday", "Good Friday Agreement"
    mode = _DIRECTION.get(det) or _default_mode(text, start)
    weekday = WEEKDAYS.index(m["wd"].lower())
    day = ref + datetime.timedelta(days=_cycle(ref.weekday(), weekday, 7, mode))
    return _make(text, start, m.end("t"), day.isoformat(), "day", "relative")


def _on_dayword(m: re.Match[str], text: str, ref: datetime.date) -> Timex | None:
    word = _norm(m["x"] or m["w"])
    shift = {"yesterday": -1, "last night": -1, "tomorrow": 1, "before yesterday": -2,
             "after tomorrow": 2}.get(word, 0)
    day = ref + datetime.timedelta(days=shift)
    return _make(text, m.start("t"), m.end("t"), day.isoformat(), "day", "relative")


def _season_year(ref: datetime.date, season: str, sign: int) -> int:
    first, last = _SEASONS[season]
    if sign < 0:
        return ref.year if ref.month > last else ref.year - 1
    if sign > 0:
        return (ref.year if ref.month < first else ref.year + 1) + (first > last)
    return ref.year + (first > last and ref.month >= 9)


def _weekend(ref: datetime.date, sign: int, future: bool) -> datetime.date:
    if sign > 0:
        return ref + datetime.timedelta(days=_cycle(ref.weekday(), 5, 7, "next"))
    if sign == 0 and future:
        return ref + datetime.timedelta(days=_cycle(ref.weekday(), 5, 7, "upcoming"))
    saturday = ref + datetime.timedelta(days=_cycle(ref.weekday(), 5, 7, "recent"))
    return saturday - datetime.timedelta(days=7 if sign < 0 and ref.weekday() >= 5 else 0)


def _on_period(m: re.Match[str], text: str, ref: datetime.date) -> Timex | None:
    det, unit, start, end = _norm(m["det"]), m["u"].lower(), m.start("t"), m.end("t")
    if det == "the" and not (m["mod"] or unit == "weekend"):
        return None
    if det in ("last", "next") and _THE_BEFORE.search(text, max(0, start - 6), start):
        return None  # "the last week of March", "in the next week"
    if "past" in det and unit not in ("week", "weekend"):
        return None  # "over the past year" is a duration
    sign = 0 if (det == "this past" and unit == "week") else _SIGN[det]
    if unit == "week":
        day = ref + datetime.timedelta(days=7 * sign)
        return _make(text, start, end, day.isoformat(), "day", "relative", True)
    if unit == "weekend":
        day = _weekend(ref, sign, _is_future(text, start))
        return _make(text, start, end, day.isoformat(), "day", "relative", True)
    if unit == "month":
        return _make(text, start, end, _ym(*_shift_month(ref.year, ref.month, sign)), "month",
                     "relative")
    if unit == "year":
        return _make(text, start, end, f"{ref.year + sign:04d}", "year", "relative")
    year = _season_year(ref, unit, sign)
    return _make(text, start, end, f"{year:04d}", "year", "relative", unit == "winter")


def _on_recent(m: re.Match[str], text: str, ref: datetime.date) -> Timex | None:
    return _make(text, m.start("t"), m.end("t"), ref.isoformat(), "day", "relative", True)


def _on_ago(m: re.Match[str], text: str, ref: datetime.date) -> Timex | None:
    n, unit, start, end = _num(m["n"]), m["u"].lower(), m.start("t"), m.end("t")
    if unit in ("day", "week"):
        day = ref - datetime.timedelta(days=n * (7 if unit == "week" else 1))
        approximate = unit == "week" or _approx_hedge(m["h"])
        return _make(text, start, end, day.isoformat(), "day", "relative", approximate)
    if unit == "month":
        return _make(text, start, end, _ym(*_shift_month(ref.year, ref.month, -n)), "month",
                     "relative", True)
    years = n * (10 if unit == "decade" else 1)
    return _make(text, start, end, f"{ref.year - years:04d}", "year", "relative", True)
