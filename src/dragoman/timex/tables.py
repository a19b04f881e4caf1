"""Lookup tables and regular expressions of :mod:`dragoman.timex` (read-only)."""

from __future__ import annotations

import re
from types import MappingProxyType

# ---------------------------------------------------------------- lookup tables (read-only)

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
# the three letters every spelling of a month starts with ("jan", "sept", "September"), in order
MONTH_KEYS = tuple(name[:3] for name in MONTH_NAMES)
_MONTHS = MappingProxyType({**{name: i for i, name in enumerate(MONTH_NAMES, 1)},
                            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                            "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # weekday() order
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
# (?=[...]): the first letters a match can start with (every word of the pattern's first
# alternatives), a test that fails at once at most positions of a sentence (same matches, ~3x quicker)
_WEEKDAY = _compile(r"""(?<![\w-])(?=[elotncmwfs])(?P<t>
    (?:(?:early|late|earlier|later|overnight)\s+(?:on\s+)?
      |(?P<det>last|next|this\s+past|this\s+coming|this|coming)\s+)?
    (?P<wd>@WD@)(?:\s+(?:morning|afternoon|evening|night)\b)?)""")
_DAYWORD = _compile(r"""(?<![\w-])(?P<t>the\s+day\s+(?P<x>before\s+yesterday|after\s+tomorrow)
    |(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?
     (?P<w>today|tonight|tomorrow|yesterday|overnight|last\s+night
       |this\s+(?:morning|afternoon|evening))
     (?:\s+(?:morning|afternoon|evening|night))?)\b""")
_PERIOD = _compile(r"""(?<![\w-])(?=[elmtnpc])(?P<t>
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
