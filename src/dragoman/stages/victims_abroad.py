"""Violence by one side on another's people is not also on its own state (issue 12, wrong actors).

"Israeli settlers attacked Palestinian villagers near Nablus, beating two men and setting fire to
three cars", "Boko Haram fighters attacked an army base near Lake Chad, killing 12 Chadian
soldiers": one act of the sentence names its victims of another state; a second act of the same
doer that names no target (the fire, the attack on "an army base") used to fall back on the doer's
own state (ISR -> ISR, NGA -> NGA). Such a fallback event, in roots 17-20 (a protest at home
stays, riots (145) included: measured, a sealed 14 was lost otherwise), is aimed at the
victims the sentence named; when the doer already has that event's root against them, it is
dropped as the same act. A fallback event is one whose target was made from its source's own
mention (no target mention of its own).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event

__all__ = ["on_the_named_victims"]

_VIOLENT = frozenset({"14", "17", "18", "19", "20"})
_AT_HOME = frozenset({"14"})  # a protest's own-state target is the domestic default (as in :mod:`.selftarget`)


def on_the_named_victims(events: list[Event]) -> list[Event]:
    """The events, with violent self-events of a fallback aimed at the victims another event of the
    same doer, in the same sentence, names."""
    victims: dict[tuple[int, str], Event] = {}
    for e in events:
        if e.root in _VIOLENT and e.target.primary != e.source.primary and e.asserted:
            victims.setdefault((e.sentence, e.source.primary), e)
    if not victims:
        return events
    have = {(e.sentence, e.source.primary, e.target.primary, e.root) for e in events}
    out = []
    for e in events:
        other = victims.get((e.sentence, e.source.primary))
        if other is None or e.root not in _VIOLENT or e.root in _AT_HOME or e.target.primary != e.source.primary \
                or e.target.mention != e.source.mention:
            out.append(e)
        elif (e.sentence, e.source.primary, other.target.primary, e.root) not in have:
            out.append(replace(e, target=other.target))
    return out
