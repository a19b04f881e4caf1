"""The target of a participle around a clause: whom the main clause, or the reported clause, names.

"Demanding an end to the shelling, Turkey's foreign minister told Armenia and Azerbaijan to pull
back their forces": the opening participle ("Demanding", "Refusing", "Condemning", "Urging") takes
the main clause's subject as its doer (the roles do that), but its own clause often names no one
it is aimed at. The one it is aimed at is then the first actor the main clause names after its
subject, with those coordinated with it ("told Armenia and Azerbaijan"). Only for saying,
appealing, cooperating and refusing (roots 02-06, 10-13); never the doer's own state, nor a place.

"Iranian forces seized a British tanker, London said on Saturday, demanding its immediate release":
a participle right after the attribution of a reported clause (", X said (on Saturday), V-ing")
whose own clause names no target is aimed at the first actor the reported clause names other than
the speaker's own (:func:`reported_target`): the doer of the act reported ("the Houthis detained UN
staff, the UN said, calling for their release") or, when the speaker's own state did it, the other
side ("Japan's ban on imports from Russia will stay, Tokyo said, rejecting calls to lift it"). Not
when the participle's object is a saying ("dismissing media reports that ..."): its authors are not
the reported clause's actors.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from ..timex.tables import WEEKDAYS
from .clauses import Structure, group_right
from .roles import Frame

__all__ = ["clause_target", "fronted_target", "reported_target"]

_ROOTS = frozenset({"02", "03", "04", "05", "06", "10", "11", "12", "13"})
_REACH = 12  # tokens of the opening clause before its comma


def clause_target(st: Structure, match: Match, frame: Frame, code: str) -> list[Mention]:
    """The target of an opening participle, else of a participle after a reported clause's attribution."""
    if frame.targets or code[:2] not in _ROOTS or not st.lower[match.start].endswith("ing"):
        return []
    return fronted_target(st, match, frame, code) or reported_target(st, match, frame)


def fronted_target(st: Structure, match: Match, frame: Frame, code: str) -> list[Mention]:
    """The actors the main clause names after its subject, for an act in an opening "-ing" clause
    that names no target; [] when the act does not open the sentence so."""
    lower = st.lower
    if match.start != 0:
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


_SAID = frozenset({"said", "says", "announced", "added", "stated"})
_TIME_WORDS = frozenset({"on", "late", "early", "last", "this", *WEEKDAYS, "night", "week", "yesterday", "today", "earlier",
                         "later", "in", "a", "statement"})


_SAYINGS = frozenset({"report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
                      "accusations", "rumour", "rumours", "rumor", "rumors", "speculation", "suggestion",
                      "suggestions", "assertion", "assertions", "charge", "charges", "statement", "statements"})


def reported_target(st: Structure, match: Match, frame: Frame) -> list[Mention]:
    """The first actor, other than the speaker's own, of the clause reported before ", X said, V-ing"."""
    lower = st.lower
    k = match.start - 1
    if k < 3 or lower[k] != ",":
        return []
    k -= 1
    while k > 0 and lower[k] in _TIME_WORDS:  # "said on Friday in a statement"
        k -= 1
    sources = [m for m in frame.sources if m.actor is not None and m.end <= k]
    if lower[k] not in _SAID or not sources or not _SAYINGS.isdisjoint(lower[match.end:match.end + 8]):
        return []  # "..., X said, dismissing media reports that ...": a report by others, not the clause's act
    first = min(m.start for m in sources)
    comma = next((j for j in range(first - 1, max(-1, first - 4), -1) if lower[j] == ","), None)
    if comma is None:  # the speaker follows the reported clause's comma: "..., the African Union said"
        return []
    mine = {m.actor.primary for m in sources}
    other = next((m for m in st.sentence.mentions if m.end <= comma and m.actor is not None and not m.locative
                  and m.kind not in ("place", "pronoun") and m.actor.type != "place"
                  and m.actor.primary not in mine), None)
    return [other] if other is not None else []
