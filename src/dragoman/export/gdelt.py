"""GDELT 2.0 event-table rows: the 61 columns of the GDELT event file, in its order, tab-separated.

Like GDELT's own files the output has no header line; the columns are
:data:`GDELT_COLUMNS`. Where dragoman has the field it is filled:

- ``GLOBALEVENTID`` the clustered event's id; ``SQLDATE``, ``MonthYear``, ``Year``,
  ``FractionDate`` from its date (the first day of a month- or year-precise date);
- ``Actor1Code``/``Actor2Code`` the CAMEO actor code (``RUSGOV``), ``Actor*Name`` the
  actor's name, ``Actor*CountryCode`` the primary code when it is a state's;
- ``IsRootEvent`` 1, ``EventCode``, ``EventBaseCode`` (first three digits), ``EventRootCode``,
  ``QuadClass``, ``GoldsteinScale``;
- ``NumMentions`` the reports clustered into the event, ``NumSources`` and ``NumArticles``
  the distinct documents reporting it;
- ``ActionGeo_*`` from the event's place (type 1 for a country, 4 for a city; the
  country code is the ISO 3166 alpha-3 code, where GDELT uses FIPS 10-4);
- ``DATEADDED`` the first report's date (YYYYMMDD000000), ``SOURCEURL`` the first URL;
- a 62nd column, ``DatePrecision``, that GDELT lacks: ``day``, ``month``, ``year`` (or
  another precision): a month-precise date's ``SQLDATE`` is the 1st of the month, and
  this column says it stands for the whole month.

``AvgTone``, ethnic, religion, type and actor-geography columns stay empty.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["GDELT_COLUMNS", "gdelt_row"]

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
    "DatePrecision",  # dragoman's: day, week, month, year... (SQLDATE is the period's first day)
)


def _day(date: str | None) -> dt.date | None:
    if not date:
        return None
    parts = [int(p) for p in date.split("-")[:3]] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _actor(n: int, actor: dict[str, Any]) -> dict[str, Any]:
    primary = actor.get("primary") or ""
    return {f"Actor{n}Code": actor.get("code") or "", f"Actor{n}Name": (actor.get("name") or "").upper(),
            f"Actor{n}CountryCode": primary if len(primary) == 3 and primary.isalpha() else ""}


def _geo(location: dict[str, Any] | None) -> dict[str, Any]:
    if not location:
        return {}
    city = location.get("name") and location.get("lat") is not None and location.get("name") != location.get("country")
    return {"ActionGeo_Type": 4 if city else 1, "ActionGeo_FullName": location.get("name") or "",
            "ActionGeo_CountryCode": location.get("country") or "", "ActionGeo_Lat": location.get("lat", ""),
            "ActionGeo_Long": location.get("lon", "")}


def gdelt_row(record: dict[str, Any]) -> list[Any]:
    """A clustered event (from :func:`dragoman.store.events`) as a GDELT event-table row."""
    day = _day(record.get("date"))
    added = _day(record.get("first_report"))
    articles = len(record.get("documents") or [record.get("doc_id")])
    row: dict[str, Any] = {
        "GLOBALEVENTID": record["id"], "IsRootEvent": 1, "EventCode": record["code"],
        "EventBaseCode": record["code"][:3], "EventRootCode": record["root"],
        "QuadClass": record["quad_class"], "GoldsteinScale": record["goldstein"],
        "NumMentions": record.get("mentions", 1), "NumSources": articles, "NumArticles": articles,
        "SOURCEURL": next(iter(record.get("urls") or []), ""), "DatePrecision": record.get("date_precision") or "",
        **_actor(1, record["source"]), **_actor(2, record["target"]), **_geo(record.get("location")),
    }
    if day:
        row.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=day.year,
                   FractionDate=round(day.year + (day.timetuple().tm_yday - 1) / 365, 4))
    if added:
        row["DATEADDED"] = added.strftime("%Y%m%d") + "000000"
    return [row.get(c, "") for c in GDELT_COLUMNS]
