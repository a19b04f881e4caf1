"""Query parameters shared by the API and the pages: the event filters, validated (422 names the bad one)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import Query

from ..errors import StoreError
from ..store import Filters, decode_cursor

__all__ = ["ACTOR", "EventQuery", "Invalid", "event_query"]

ACTOR = r"^[A-Za-z][A-Za-z0-9_]{1,19}$"


class Invalid(Exception):
    """A parameter the library refused (a cursor not ours, an unknown entity): answered with 422."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter, self.message = parameter, message


@dataclass(frozen=True, slots=True)
class EventQuery:
    filters: Filters
    reports: bool
    cursor: str | None

    def params(self, **changes) -> dict[str, str]:
        """The query string that asks for the same events (for links: next page, downloads)."""
        f = self.filters
        out = {"source": f.source, "target": f.target, "actor": f.actor, "root": f.root, "code": f.code,
               "country": f.country, "place": f.place, "quad_class": f.quad_class,
               "goldstein_min": f.goldstein_min, "goldstein_max": f.goldstein_max, "since": f.since,
               "until": f.until, "search": f.search, "reports": "true" if self.reports else None,
               "limit": f.limit}
        out.update(changes)
        return {k: str(v) for k, v in out.items() if v is not None and v != ""}


def _blank(value: str | None) -> str | None:
    """An empty form field means no filter."""
    return value.strip() or None if value is not None else None


def event_query(
    source: str | None = Query(None, pattern=ACTOR, description="Source actor's primary code (RUS)."),
    target: str | None = Query(None, pattern=ACTOR, description="Target actor's primary code (AFG)."),
    actor: str | None = Query(None, pattern=ACTOR, description="Either side's primary code."),
    root: str | None = Query(None, pattern=r"^\d{2}$", description="CAMEO root code (05)."),
    code: str | None = Query(None, pattern=r"^\d{2,4}$", description="CAMEO code or prefix (054)."),
    country: str | None = Query(None, pattern=ACTOR, description="Where it happened: the location's state (UKR)."),
    place: str | None = Query(None, max_length=100, description="Where it happened: the location's name (Kabul)."),
    quad_class: int | None = Query(None, ge=0, le=4, description="0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."),
    goldstein_min: float | None = Query(None, ge=-10, le=10, description="Goldstein score at least this."),
    goldstein_max: float | None = Query(None, ge=-10, le=10, description="Goldstein score at most this."),
    since: dt.date | None = Query(None, description="Events that may have happened on or after this date (YYYY-MM-DD)."),
    until: dt.date | None = Query(None, description="Events that may have happened on or before this date (YYYY-MM-DD)."),
    search: str | None = Query(None, max_length=200, description="Words that must all appear in the evidence sentence."),
    reports: bool = Query(False, description="Per-article reports instead of clustered events."),
    limit: int = Query(100, ge=1, le=1000, description="Events per page."),
    cursor: str | None = Query(None, max_length=200, description="The next_cursor of the previous page."),
) -> EventQuery:
    """The events filters from the query string (an empty field is no filter)."""
    if goldstein_min is not None and goldstein_max is not None and goldstein_min > goldstein_max:
        raise Invalid("goldstein_min", f"{goldstein_min} is above goldstein_max {goldstein_max}")
    if since and until and since > until:
        raise Invalid("since", f"{since} is after until {until}")
    search = _blank(search)
    if search is not None and not any(ch.isalnum() for ch in search):
        raise Invalid("search", "needs at least one word")
    after = None
    if _blank(cursor):
        try:
            after = decode_cursor(cursor.strip())
        except StoreError as exc:
            raise Invalid("cursor", str(exc)) from None
    filters = Filters(source=source, target=target, actor=actor, root=root, code=code, country=country,
                      place=_blank(place), quad_class=quad_class, goldstein_min=goldstein_min,
                      goldstein_max=goldstein_max, since=since.isoformat() if since else None,
                      until=until.isoformat() if until else None, search=search, limit=limit, after=after)
    return EventQuery(filters, reports, _blank(cursor))
