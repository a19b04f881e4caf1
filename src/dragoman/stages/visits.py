"""Stage ``visits``: the full code of a meeting follows the codebook, from where it took place.

CAMEO tells visits apart by place: 042 the visitor to the host, 043 the host to the
visitor, 044 only when the two meet in a third country. A meeting ("X met Y", "held a
summit with") is coded 044 by the lexicon; once the places stage has located it, a
meeting in one side's country becomes a visit (042 from the guest, 043 from the host),
one with no place named stays a plain consultation (040). A meeting names both sides,
so both are coded (the lexicon's ``sym`` flag); a visit ("Macron visited Berlin") names
only the guest, and the host's side is coded only when the two act together in the
visit's sentence (stages/hosts.py).
Rule ids gain ``+place`` when the place changed the code.
"""

from __future__ import annotations

import dataclasses

from ..model import Doc, Event
from ..pipeline import Context, stage
from .events import distinct
from .deployments import armed_help
from .hosts import hosts

__all__ = ["code_visits"]

_MEETING = "044"



@stage("visits")
def code_visits(doc: Doc, ctx: Context) -> Doc:
    out: list[Event] = []
    for event in doc.events:
        if event.code == _MEETING and "+" not in event.rule:
            event = _recode(event, _meeting_code(event), ctx, "+place")
        if armed_help(event, doc.sentences[event.sentence].text):  # troops sent to help: 074
            event = _recode(event, "074", ctx, "+armed")
        out.append(event)
    out += hosts(out, lambda host: _recode(host, "043", ctx, "+host"))
    doc.events = distinct(out)
    return doc


def _meeting_code(event: Event) -> str:
    country = (event.location or {}).get("country")
    if not country:
        return "040"
    if country == event.target.primary:
        return "042"  # the source came to the target's country
    if country == event.source.primary:
        return "043"  # the source received the target at home
    return _MEETING


def _recode(event: Event, code: str, ctx: Context, mark: str) -> Event:
    if code == event.code:
        return event
    entry = ctx.codebook.get(code)
    return dataclasses.replace(event, code=entry.code, root=entry.root, label=entry.label,
                               quad_class=entry.quad, goldstein=entry.goldstein, plover=entry.plover,
                               rule=event.rule + mark)
