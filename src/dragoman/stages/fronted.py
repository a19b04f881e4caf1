"""The target of a participle that opens the sentence: whom the main clause names.

"Demanding an end to the shelling, Turkey's foreign minister told Armenia and Azerbaijan to pull
back their forces": the opening participle ("Demanding", "Refusing", "Condemning", "Urging") takes
the main clause's subject as its doer (the roles do that), but its own clause often names no one
it is aimed at. The one it is aimed at is then the first actor the main clause names after its
subject, with those coordinated with it ("told Armenia and Azerbaijan"). Only for saying,
appealing, cooperating and refusing (roots 02-06, 10-13); never the doer's own state, nor a place.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure, group_right
from .roles import Frame

__all__ = ["fronted_target"]

_ROOTS = frozenset({"02", "03", "04", "05", "06", "10", "11", "12", "13"})
_REACH = 12  # tokens of the opening clause before its comma


def fronted_target(st: Structure, match: Match, frame: Frame, code: str) -> list[Mention]:
    """The actors the main clause names after its subject, for an act in an opening "-ing" clause
    that names no target; [] when the act does not open the sentence so."""
    lower = st.lower
    if match.start != 0 or not lower[0].endswith("ing") or code[:2] not in _ROOTS or frame.targets:
        return []
    comma = next((k for k in range(match.end, min(len(lower), match.end + _REACH)) if lower[k] == ","), None)
    sources = [m for m in frame.sources if m.actor is not None]
    if comma is None or not sources or any(m.start <= comma for m in sources):
        return []
    mine = {m.actor.primary for m in sources}
    after = max(m.end for m in sources)
    first = next((m for m in st.sentence.mentions if m.start >= after and m.actor is not None
                  and not m.locative and m.kind not in ("place", "pronoun") and m.actor.type != "place"), None)
    if first is None or first.actor.primary in mine:
        return []
    return [m for m in group_right(st, first, len(lower)) if m.actor.primary not in mine and not m.locative]
