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

__all__ = ["crowd_side"]


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
            e, id=e.id[:12] + "c145", source=e.target, target=e.source, code=entry.code, root=entry.root,
            label=entry.label, quad_class=entry.quad, goldstein=entry.goldstein, plover=entry.plover,
            rule=e.rule[:-len("+riot")] + "+crowd"))
    return out
