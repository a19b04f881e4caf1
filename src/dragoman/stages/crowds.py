"""People named by a plural noun the role files lack, as the doers of a protest or a riot.

"The community blocked the highway", "pharmacists went on strike", "relatives of the detained
marched to the prison", "angry customers torched the office": the knowledge base lists the common
role nouns (protesters, residents, workers, students ...), but the doers of a protest or a riot are
named by any noun of people. When a protest or riot word follows a plural noun through auxiliary
or light words only (:mod:`.protesting`), that noun is a group of people of the place (CVL; staff
and employees LAB) when it is

- one of a small list of nouns of groups of people ("community", "youth", "relatives", "staff",
  "families", "parents", "mourners" ...), or
- before a protest word (not a riot word), a plural of a noun of people by its ending: -ists, -ians, -ers, -ors, -ees, -ants, -ents
  ("pharmacists", "technicians", "transporters", "retirees", "tenants"), not after a preposition
  ("workers at two plants": the plants are no doers);

and the head of "X of (the) Y" is X ("relatives of the detained marched"). The nouns, the endings
and their exceptions live in :mod:`.people_nouns` (:func:`~.people_nouns.people_code`).

The noun becomes a role mention (the actors stage) and takes its state as every generic actor does
(:mod:`.generic`). Sentences without a protest or riot word are not read further (one set test).
"""

from __future__ import annotations

from ..model import Sentence
from .people_nouns import people_code
from .protesting import GLUE, PROTEST_WORDS

__all__ = ["CROWD_WORDS", "crowd_heads"]

# riot acts (145) a crowd does: a group of people who torch, loot, block or clash among themselves
_RIOT_WORDS = frozenset({"torched", "burnt", "burned", "looted", "stoned", "vandalised", "vandalized",
                         "ransacked", "blocked", "barricaded", "set", "clashed"})
CROWD_WORDS = PROTEST_WORDS | _RIOT_WORDS

# a noun after one of these is no doer ("workers at two plants went on strike")
_BEFORE_NO_SUBJECT = frozenset({"at", "in", "of", "from", "near", "by", "with", "for", "to", "on", "into",
                                "against", "over", "outside", "inside", "across", "around"})


def crowd_heads(sentence: Sentence, lower: list[str], taken: set[int]) -> list[tuple[int, str]]:
    """The positions of the nouns of people that are the subject of a protest or riot word (see the
    module docstring) and lie in no mention found (``taken``), with their agent codes. A riot word
    takes a listed noun only: "boulders blocked the road" is no crowd."""
    if CROWD_WORDS.isdisjoint(lower):
        return []
    found: list[tuple[int, str]] = []
    for k, word in enumerate(lower):
        if word not in CROWD_WORDS:
            continue
        j = k - 1
        while j >= 0 and lower[j] in GLUE:
            j -= 1
        suffix = word in PROTEST_WORDS
        of = _of_before(sentence, lower, j)
        if of > 0 and people_code(lower[of - 1], suffix) and of - 1 not in taken:
            j = of - 1  # "relatives of the detained protested", "the staff of X University began a strike"
        if j < 0 or j in taken or (code := people_code(lower[j], suffix)) == "":
            continue
        if j > 0 and lower[j - 1] in _BEFORE_NO_SUBJECT:
            continue  # "workers at two plants went on strike": not the plants
        found.append((j, code))
    return found


def _of_before(sentence: Sentence, lower: list[str], j: int) -> int:
    """The position of "of" before the noun at ``j`` in "X of (the) Y" or "X of the Y Z Hospital"
    (a few words back at most, no punctuation between), or 0."""
    for o in range(j - 1, max(0, j - _NAME_REACH - 1), -1):
        if lower[o] == "of":
            return o
        if not (lower[o].isalpha() or lower[o] == "-"):
            return 0
    return 0


_NAME_REACH = 5  # words of a name between "of" and the noun before a protest word
