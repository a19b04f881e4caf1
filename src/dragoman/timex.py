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
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["Timex", "find_timexes", "resolve_anchored", "header_date", "dateline_date"]


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


# ---------------------------------------------------------------- lookup tables (read-only)

_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTHS = MappingProxyType({**{name: i for i, name in enumerate(_FULL_MONTHS, 1)},
                            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                            "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = MappingProxyType({
    **{w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split())},
    "thirty": 30, "forty": 40, "fifty": 50, "a": 1, "an": 1})
# season -> (first month, last month); a season is labelled with the year of its last month
_SEASONS = MappingProxyType({"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11),
                             "fall": (9, 11), "winter": (12, 2)})
_RANK = MappingProxyType({"day": 0, "month": 1, "year": 2, "decade": 3})
_UNIT = MappingProxyType({"day": "day", "night": "day", "morning": "day", "afternoon": "day",
                          "evening": "day", "week": "week", "month": "month", "year": "year",
                          "decade": "decade"})
_UNIT_PRECISION = MappingProxyType({"day": "day", "week": "day", "month": "month",
                                    "year": "year", "decade": "year"})
_SIGN = MappingProxyType({"this": 0, "the": 0, "past": 0, "the past": 0, "last": -1,
                          "this past": -1, "next": 1, "coming": 1, "the coming": 1,
                          "this coming": 1})
_DIRECTION = MappingProxyType({"last": "last", "this past": "last", "next": "next",
                               "coming": "next", "this coming": "next", "this": "upcoming"})
_APPROX_HEDGES = frozenset("about around some nearly almost roughly approximately more less "
                           "over under at little".split())
# nouns that make a four-digit number a quantity rather than a year ("2000 troops")
_UNIT_NOUNS = frozenset("""
    people persons person troops soldiers civilians fighters militants rebels police policemen
    officers protesters demonstrators refugees migrants residents families children women men
    workers students prisoners detainees hostages casualties deaths dead killed injured wounded
    victims votes voters seats members member delegates candidates cases km kilometres
    kilometers kilometre kilometer miles mile metres meters m ft feet kg tonnes tons barrels
    dollars euros pounds yuan rupees hectares acres homes houses buildings vehicles tanks rockets
    missiles drones shells bombs rounds aircraft planes jets ships vessels flights passengers jobs
    pages page words sentences signatures times percent per bn billion million mn gmt utc local
    hrs hours hour h % minutes seconds days weeks months years year old strong sq square units
    copies tests doses points sites villages towns schools""".split())
_NP_STOP = frozenset("that which who whom whose when where while as and but or because if "
                     "after before since until than said says saying according amid despite "
                     "although though so then".split())
_NP_TRAIL = frozenset("the a an on in at of to for by from during with".split())

# ---------------------------------------------------------------- regular expressions

_FRAGMENTS = (  # replaced in this order
    ("@DRANGE@", r"(?:(?:\s*[-–]\s*|\s+(?:to|and)\s+)@DN@@ORD@)?"),  # "4-5 April", "4 to 6 April"
    ("@MON@", r"(?:(?:january|february|march|april|may|june|july|august|september|october"
              r"|november|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)"),
    ("@WD@", r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
    ("@DN@", r"(?:[12]\d|3[01]|0?[1-9])"),
    ("@ORD@", r"(?:st|nd|rd|th)?\b"),
    ("@NUM@", r"(?:a\s+couple(?:\s+of)?|(?:twenty|thirty|forty|fifty)(?:[-\s](?:one|two|three"
              r"|four|five|six|seven|eight|nine)\b)?|eleven|twelve|thirteen|fourteen|fifteen"
              r"|sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven"
              r"|eight|nine|an?|\d{1,3})"),
    ("@HEDGE@", r"(?:about|around|some|nearly|almost|roughly|approximately|little\s+more\s+than"
                r"|more\s+than|less\s+than|over|under|at\s+least|just|only|exactly|barely)"),
    ("@YEAR@", r"(?:19|20)\d\d\b(?![,.]\d)"),
)


def _compile(pattern: str, flags: int = re.I | re.X) -> re.Pattern[str]:
    for key, fragment in _FRAGMENTS:
        pattern = pattern.replace(key, fragment)
    return re.compile(pattern, flags)


_DATE = _compile(r"""(?<![\w-])(?P<t>(?:(?P<wd>@WD@),?\s+)?
    (?P<md>(?:the\s+)?(?P<d1>@DN@)@ORD@@DRANGE@\s+(?:of\s+)?(?P<m1>@MON@)
      |(?P<m2>@MON@)\s+(?P<d2>@DN@)@ORD@@DRANGE@(?![,.]\d))
    (?:,?\s+(?P<y>@YEAR@)|\s+(?:of\s+)?(?P<q>this|last|next)\s+year\b)?)""")
_ISO = _compile(r"(?<![\w-])(?P<t>(?P<y>(?:19|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d))(?![\w-])")
# conflict-monitor notes: "on 28/06", "(21/06)", "on 3/7/2016" - day first, as outside the US
_NUMERIC = _compile(r"(?:\bon\s+|\()(?P<t>(?P<d>[0-3]?\d)/(?P<mo>[01]?\d)(?:/(?P<y>(?:19|20)?\d\d))?)(?![\w/])")
_MONTH = _compile(r"""(?<![\w-])
    (?:(?P<ctx>in|during|since|by|until|till|from|through|to|and|or|between|of|before|after)\s+)?
    (?P<t>(?:(?P<mod>this\s+past|this\s+coming|last|next|this|early|late|mid-?
                    |(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s*)?
      (?P<m>@MON@)(?:,?\s+(?:of\s+)?(?P<y>@YEAR@)|\s+(?:of\s+)?(?P<q>this|last|next)\s+year\b)?)""")
_YEAR = _compile(r"""(?<![\w$€£\#.,/'’-])(?P<t>
    (?:(?P<mod>early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle|first\s+half
        |second\s+half|spring|summer|autumn|fall|winter)\s+of|spring|summer|autumn|fall|winter)\s*)?
    (?P<y>@YEAR@)(?:[-–/](?P<y2>(?:19|20)\d\d|\d\d)\b)?)""")
_DECADE = _compile(r"""(?<![\w$-])(?P<t>(?:the\s+)?(?:(?:early|late|mid)(?:-|\s+))?
    (?P<y>(?:19|20)\d0)['’]?s)\b""")
_WEEKDAY = _compile(r"""(?<![\w-])(?P<t>
    (?:(?:early|late|earlier|later|overnight)\s+(?:on\s+)?
      |(?P<det>last|next|this\s+past|this\s+coming|this|coming)\s+)?
    (?P<wd>@WD@)(?:\s+(?:morning|afternoon|evening|night)\b)?)""")
_DAYWORD = _compile(r"""(?<![\w-])(?P<t>the\s+day\s+(?P<x>before\s+yesterday|after\s+tomorrow)
    |(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?
     (?P<w>today|tonight|tomorrow|yesterday|overnight|last\s+night
       |this\s+(?:morning|afternoon|evening))
     (?:\s+(?:morning|afternoon|evening|night))?)\b""")
_PERIOD = _compile(r"""(?<![\w-])(?P<t>
    (?:(?P<mod>early|late|mid-?|the\s+(?:end|beginning|start|middle)\s+of)\s*)?
    (?:(?P<rel>earlier|later)\s+)?
    (?P<det>this\s+past|this\s+coming|the\s+past|the\s+coming|this|last|next|past|coming|the)\s+
    (?P<u>weekend|week|month|year|spring|summer|autumn|fall|winter))\b""")
_RECENT = _compile(r"""(?<![\w-])(?:in|over|during|within)\s+(?P<t>recent\s+days
    |the\s+(?:past|last)\s+(?:(?:few|couple\s+of|@NUM@)\s+)?days?|the\s+last\s+week)\b
    (?!\s+of\b)""")
_AGO = _compile(r"""(?<![\w-])(?P<t>(?:(?P<h>@HEDGE@)\s+)?(?P<n>@NUM@)\s+
    (?P<u>day|week|month|year|decade)s?\s+ago)\b""")
_ANCHOR = _compile(r"""(?<![\w-])(?P<t>
    (?:(?P<h>@HEDGE@)\s+)?(?P<n>@NUM@)\s+(?P<u>day|night|week|month|year|decade)s?\s+
      (?P<dir>later|earlier|afterwards?|after|before|prior\s+to)
   |(?P<the>the\s+)?(?P<nx>next|following|previous|preceding|prior)\s+
      (?P<u2>day|morning|afternoon|evening|night|week|month|year)
   |the\s+(?P<u3>day|night|week|month|year)\s+(?P<dir3>after|before)
   |(?:(?:later|earlier)\s+(?:in\s+the|that\s+same|the\s+same|that)|that\s+same|the\s+same|that)\s+
      (?P<u4>day|morning|afternoon|evening|night|week|month|year)(?!\s+(?:after|by)\s+(?P=u4))
   |the\s+(?P<eve>eve)\s+of)(?![\w-])""")

_NOT_YEAR_BEFORE = _compile(r"""(?:\b(?:resolutions?|no|nos|number|flight|article|vision|agenda
    |section|room|route|highway|decree|unit|brigade|battalion|squadron|regiment|vol|page|pp
    |model|code|usd|eur|gbp|rs)\.?|[$€£\#])\s*$""")
_TEMPORAL_PREP = _compile(r"\b(?:in|since|until|during|before|after)\s+$")
_WORD_AFTER = _compile(r"\s*-?\s*([a-z%]+)")
_THE_BEFORE = _compile(r"\bthe\s+$")
_SINCE_BEFORE = _compile(r"\bsince\s+$")
# weekdays that are part of a name or a habit, not a date
_NOT_WEEKDAY_BEFORE = _compile(r"""(?:(?-i:Bloody|Black|Cyber|Super|Good|Easter|Palm|Ash|Holy
    |Maundy)|(?-i:Mail|Independent)\s+on|every|each)\s+$""")
_NOT_WEEKDAY_AFTER = _compile(r"\s+(?-i:Times|Telegraph|Express|Mirror|Herald|Agreement|Accord)\b")
_IN_BEFORE = _compile(r"\bin\s+$")
_DURATION_BEFORE = _compile(r"\b(?:for|within|over|spent|spend|spending|lasting|lasted|took"
                            r"|taking)\s+$")
_PREFIX = _compile(r"\b(?:since|by|until|till)\s+$")
_THE = _compile(r"the\s+")
_SPACE = re.compile(r"\s*")
_TOKEN = re.compile(r"(?:\w\.){2,}|\w(?:[\w'’-]|\.(?=\w))*")
_FUTURE = _compile(r"""\b(?<!the\s)(?<!political\s)(?<!good\s)(?<!free\s)(?:will|shall)\b
    |\b(?:won't|scheduled|slated|due\s+to|set\s+to|plans?\s+to|planning\s+to|expected\s+to
       |is\s+to|are\s+to|to\s+be\s+held|upcoming|intends?\s+to|aims?\s+to)\b|['’]ll\b""")
_REPORTED = _compile(r"\b(?:said|says|told|announced|added|stated|reported|confirmed|declared"
                     r"|warned|wrote|tweeted)\b")

# header lines and datelines
_HEADER = _compile(r"""^\s*(?:(?:first\s+|last\s+)?(?:published|updated|posted|dated?|modified)
      (?:\s+(?:on|at))?\s*:?\s*)?
    (?:@WD@,?\s+)?
    (?:(?:(?P<m1>@MON@)\s+(?P<d1>@DN@)@ORD@|(?P<d2>@DN@)@ORD@\s+(?:of\s+)?(?P<m2>@MON@)),?\s+
         (?P<y>(?:19|20)\d\d)
      |(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?:[T\s][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?)
    (?:\s*(?:,|\||-|–|at)?\s*\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?
       (?:\s*\(?[a-z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)?)?\s*\.?\s*$""")
_DATELINE = _compile(r"""^\s*(?-i:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*)*
      (?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?),?\s+
    (?:@WD@,?\s+)?
    (?:(?P<m1>@MON@)\s+(?P<d1>@DN@)@ORD@|(?P<d2>@DN@)@ORD@\s+(?P<m2>@MON@))
    (?:,?\s+(?P<y>(?:19|20)\d\d))?\s*(?:\(|[-–—]|$)""")
_HEADER_LINES = 15


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
            year = _weekday_year(year, month, day, _WEEKDAYS.index(m["wd"].lower()))
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
    if not name[0].isupper() or (key not in _FULL_MONTHS and not year_text):
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
    weekday = _WEEKDAYS.index(m["wd"].lower())
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


# (cheap pre-check: substrings one of which the lower-cased text must contain, pattern, handler)
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RULES = ((_MONTH_KEYS, _DATE, _on_date), (("19", "20"), _ISO, _on_iso), (("/",), _NUMERIC, _on_numeric),
          (_MONTH_KEYS, _MONTH, _on_month), (("19", "20"), _YEAR, _on_year),
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


_EVERY_KEY = {key for keys, _, _ in _RULES for key in keys} | set(_ALL_KEYS)
_ANY_KEY = re.compile("|".join(re.escape(k) for k in sorted(_EVERY_KEY, key=len, reverse=True)))
_SUBKEYS = {k: {j for j in _EVERY_KEY if j in k} for k in _EVERY_KEY}  # the keys each key contains


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
    hits = set(_ANY_KEY.findall(low))  # the pattern has no groups: findall gives the matched keys
    if not hits:
        return []
    hits = set().union(*(_SUBKEYS[h] for h in hits))  # "monday" also holds "day"
    found = [t for keys, rx, rule in _RULES if not hits.isdisjoint(keys)
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
