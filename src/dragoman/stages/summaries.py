"""A judgement apposed to the sentence's act that sums it up: its doer is the main clause's subject.

"Foreign ministers of ASEAN decided to keep Myanmar's junta chief away from the summit, an unusual
rebuke from a grouping that prizes non-interference", "The General Assembly adopted a resolution
declaring the referendum invalid, in a rebuff to Moscow": a noun of disapproval or rejection
(roots 11, 12, 16) right after ", a/an (adjectives)" or ", in a" names the main clause's act again,
so its doer is that clause's subject, and it is aimed at the actor it names ("a rebuff to Moscow"),
else at the main clause's object (the first other actor between the subject and the comma). Its
own frame found the nearest actor instead ("Myanmar's junta chief" as the rebuke's author).
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure

__all__ = ["summarised_act"]

_ROOTS = frozenset({"11", "12", "16"})
_ADJECTIVES = 3  # modifiers between the article and the noun ("an unusually stern rebuke")
_ARTICLES = frozenset({"a", "an"})


def summarised_act(st: Structure, match: Match, main: list[Mention],
                   targets: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """(sources, targets) for a summing-up noun apposed to the main clause; None when ``match`` is none."""
    if match.rule.code[:2] not in _ROOTS or not main or match.head != match.start:
        return None
    comma = _apposition(st, match.start)
    mine = {m.actor.primary for m in main if m.actor is not None}
    if comma < 0 or main[-1].end > comma or not mine:
        return None
    aimed = [m for m in targets if m.actor is not None and m.actor.primary not in mine and m.start > comma]
    if not aimed:
        aimed = [m for m in st.sentence.mentions if main[-1].end <= m.start and m.end <= comma
                 and m.actor is not None and m.actor.primary not in mine and not m.locative
                 and m.kind not in ("place", "pronoun") and m.actor.type != "place"][:1]
    return (list(main), aimed) if aimed else None


def _apposition(st: Structure, start: int) -> int:
    """The comma of ", a (rare) <noun>" or ", in a <noun>" ending right before ``start``, else -1."""
    lower, k = st.lower, start - 1
    while k > 0 and start - 1 - k < _ADJECTIVES and lower[k] not in _ARTICLES and lower[k].replace("-", "").isalpha() \
            and k not in st.heads and st.at_end.get(k) is None:
        k -= 1
    if k < 1 or lower[k] not in _ARTICLES:
        return -1
    k -= 1 + (lower[k - 1] == "in")
    return k if k >= 0 and lower[k] == "," else -1
