"""Both sides of a clash between the police and a crowd of one state: "police clashed with students
in Dhaka", "clashes between police and opposition supporters left nine dead in Dakar".

A clash is coded both ways (``sym``), and :func:`.conflict.riot_with_police` gives the crowd's side
a violent protest (145) and the police's side repression (175). When both sides are of one state the
two directions share their (source, target, code) before that step, so one of them is kept: if it was
the police's, the report's crowd, who clashed, would lose its act and the police alone would be
coded. The crowd's violent protest is added back, once per sentence and state.
"""

from __future__ import annotations

import dataclasses

from ..model import Event
from .people_nouns import unarmed_role

__all__ = ["clash_with_crowd", "crowd_side"]


def crowd_side(events: list[Event], codebook) -> list[Event]:
    """The events, with the crowd's 145 added for each police clash coded only as repression (175)."""
    rioted = {(e.sentence, e.source.primary) for e in events if e.code == "145"}
    entry = codebook.get("145")
    if entry is None:
        return events
    out = list(events)
    for e in events:
        if e.code != "175" or not e.rule.endswith("+riot") or (e.sentence, e.target.primary) in rioted:
            continue
        rioted.add((e.sentence, e.target.primary))
        out.append(dataclasses.replace(
            e, id=e.id[:12] + "c145", source=e.target, target=e.source, **entry.event_fields(),
            rule=e.rule[:-len("+riot")] + "+crowd"))
    return out


def _crowd(code: str) -> bool:
    return len(code) > 3 and unarmed_role(code[3:6])


def clash_with_crowd(events: list[Event], codebook) -> list[Event]:
    """A clash left a battle (190) by :func:`.conflict.riot_with_police` whose one side is a crowd
    (protesters, supporters, students: unarmed people) and whose other side is not: "peacekeepers
    were injured in clashes with protesters", "clashes between police and opposition supporters"
    where the police went unplaced and the government stands in. A crowd fights no battle: its side
    is a violent protest (145) against the other, and the other side's direction is dropped (the
    police's repression of its own people is coded by ``riot_with_police`` alone). Clashes between
    two crowds ("youths clashed with the ruling party's supporters") stay battles."""
    entry = codebook.get("145")
    if entry is None or not any(e.code == "190" and ("clash" in e.rule or "fighting" in e.rule) for e in events):
        return events  # the cheap test: most documents have no clash
    out, rioted = [], set()
    for e in events:
        kind = e.rule.split("/")[1] if "/" in e.rule else ""
        crowd_first, crowd_second = _crowd(e.source.code), _crowd(e.target.code)
        if e.code != "190" or not ("clash" in kind or "fighting" in kind) or crowd_first == crowd_second \
                or "+ground" in e.rule:  # no other side named: `conflict.clash_at_home` reads those
            out.append(e)
            continue
        crowd, other = (e.source, e.target) if crowd_first else (e.target, e.source)
        if (e.sentence, crowd.primary, other.primary) in rioted:
            continue
        rioted.add((e.sentence, crowd.primary, other.primary))
        out.append(dataclasses.replace(
            e, id=e.id[:12] + "k145", source=crowd, target=other, **entry.event_fields(),
            rule=e.rule + "+crowd-clash"))
    return out
