"""Targets listed after an unnamed object: "freed 20 hostages, including five Chileans",
"asked its European partners, and specifically the Netherlands, to ...".

News names the people an act fell on in a list after the object ("killed 20
tourists, including five Chileans", "freed 24 hostages, among them 13 Thais"). When
the object itself names no actor, the actors of that list are the targets. The roles
stage asks this only when the clause gave no target.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import DETERMINERS, Structure

__all__ = ["listed_targets"]

_REACH = 8  # tokens from the trigger to the comma before the list
_LIST_OPENERS = (("including",), ("among", "them"), ("among", "whom"), ("among", "those"), ("most", "of", "them"),
                 # one singled out of the group: "asked its partners, and specifically the Netherlands, to"
                 ("and", "specifically"), ("specifically",), ("and", "particularly"), ("particularly",),
                 ("and", "especially"), ("especially",), ("and", "in", "particular"), ("in", "particular"),
                 ("notably",), ("above", "all"))
_COUNT_WORDS = frozenset({"at", "least", "some", "about", "around", "nearly", "almost", "more", "than", "over",
                          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                          "several", "dozens", "hundreds", "scores"})


def listed_targets(st: Structure, match: Match) -> list[Mention]:
    """The actors listed after ", including" when the object before the comma names none."""
    end = min(len(st.lower), match.end + _REACH)
    comma = next((j for j in range(match.end, end) if st.lower[j] in (",", ";", ".")), None)
    if comma is None or st.lower[comma] != ",":
        return []
    if any(j in st.heads or j in st.at_start and not _of_some_state(st.at_start[j])
           and not (st.at_start[j].kind == "pronoun" and st.at_start[j].possessive)
           for j in range(match.end, comma)):
        return []  # the object names an actor ("its partners" names none), or another verb comes first
    k = comma + 1
    opener = next((o for o in _LIST_OPENERS if tuple(st.lower[k:k + len(o)]) == o), None)
    if opener is None:
        return []
    return _listed(st, k + len(opener))


def _listed(st: Structure, k: int) -> list[Mention]:
    """"five Chileans, two Peruvians and a Bolivian": the actors of a list, each after its count."""
    found: list[Mention] = []
    while k < len(st.lower):
        while k < len(st.lower) and (st.lower[k] in DETERMINERS or st.lower[k] in _COUNT_WORDS
                                     or st.lower[k].replace(",", "").isdigit()):
            k += 1
        mention = st.at_start.get(k)
        if mention is None or mention.actor is None or mention.locative or mention.kind in ("place", "pronoun"):
            break
        found.append(mention)
        k = mention.end
        if k < len(st.lower) and st.lower[k] in (",", "and") and k + 1 < len(st.lower):
            k += 2 if st.lower[k] == "," and st.lower[k + 1] == "and" else 1
            continue
        break
    return found


# people named only as being of some state, which the list then names ("nine foreign nationals, including")
_NATIONALS = frozenset({"nationals", "foreigners", "citizens", "expatriates", "tourists", "passport"})


def _of_some_state(mention: Mention) -> bool:
    """An unresolved object that a list of states completes: "foreign nationals", "foreigners"."""
    return mention.actor is None and mention.text.lower().split()[-1] in _NATIONALS
