"""A headline's present tense: "Militia attacks a village near Kutum", "Gunman shoots a trader
dead in Nyala", "Soldier kills two civilians". Monitors and wire headlines tell one act in the
present; a habit names no single victim: "the group attacks villages", "militias kill civilians
every month". So a third-person present of violence or coercion (roots 17-20) whose object opens
with "a"/"an" or a count is a news event, unless the sentence says how often.
"""

from __future__ import annotations

from ..knowledge.codebook import FORCIBLE_ROOTS
from ..knowledge.lexicon import Match
from ..model import Doc, Sentence
from .conflict import toll_clause

__all__ = ["one_act_present", "toll_follows"]

_OPENERS = frozenset({"a", "an", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "eleven", "twelve", "dozens", "scores"})
_HOW_OFTEN = frozenset({"every", "each", "often", "usually", "regularly", "routinely", "frequently", "always",
                        "sometimes", "repeatedly", "typically", "generally", "daily", "weekly", "nightly",
                        "continues", "continue", "still"})


def one_act_present(lower: list[str], match: Match, code: str) -> bool:
    """Whether a third-person present act has one specific object: a news headline, not a habit."""
    if code[:2] not in FORCIBLE_ROOTS or lower[match.head] not in match.rule.thirds:
        return False
    at = match.head + 1
    if at >= len(lower) or not (lower[at] in _OPENERS or lower[at].isdigit()):
        return False
    return not any(w in _HOW_OFTEN for w in lower)


def toll_follows(doc: Doc, sentence: Sentence, code: str) -> bool:
    """Whether a note's present act of violence is followed by a sentence that only gives its toll
    ("UPND cadres beats residents in Kanyama. 5 seriously injured."): one act, not a habit."""
    if code[:2] not in FORCIBLE_ROOTS or sentence.index + 1 >= len(doc.sentences):
        return False
    lower = [t.lower for t in doc.sentences[sentence.index + 1].tokens]
    while lower and lower[-1] in (".", ";", "!"):
        lower.pop()
    return toll_clause(lower) and len(lower) <= 8
