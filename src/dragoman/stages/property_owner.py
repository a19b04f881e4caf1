"""A pronoun after "the Danish embassy in Tehran" is the embassy, not the city (issue 12, wrong actors).

"Protesters stormed the Danish embassy in Tehran and set it on fire", "a mob attacked the Turkish
consulate in Athens and looted it": the place after "in/at" only locates a state's property; an
object pronoun that follows stands for the property, whose state is its owner (the gold README:
anything that belongs to a state is that state). Coreference used to take the nearest mention, the
locative city, and code the fire as the host state's act on itself.

Reads only the two words before the place: no scan of the sentence.
"""

from __future__ import annotations

from ..model import Mention, Sentence

__all__ = ["owner_of_place"]

# a state's property that a place after "in/at" locates
_PROPERTY = frozenset({"embassy", "embassies", "consulate", "consulates", "mission", "office", "offices",
                       "headquarters", "compound", "residence", "ship", "vessel", "tanker", "freighter",
                       "plane", "aircraft", "airliner", "jet", "convoy", "base", "school", "centre", "center"})
# words before an object pronoun that start a clause of its own (a subject, not an object)
_SUBJECT_BEFORE = frozenset({",", ";", ":", "and", "but", "that", "said", "says", "as", "while", "when",
                             "after", "before", "because", "since", "where"})


def owner_of_place(place: Mention, pronoun: Mention, sentence: Sentence) -> Mention | None:
    """The mention that owns the property the locative ``place`` locates ("the Danish embassy in
    Tehran", "the Turkish consulate in Athens", "its embassy in Kabul"), when ``pronoun`` is an
    object later in the same sentence; else None."""
    toks = sentence.tokens
    if pronoun.kind != "pronoun" or pronoun.possessive or place.start < 2 or pronoun.start <= place.end \
            or toks[place.start - 1].lower not in ("in", "at") or toks[place.start - 2].lower not in _PROPERTY \
            or toks[pronoun.start - 1].lower in _SUBJECT_BEFORE or not any(m is place for m in sentence.mentions):
        return None  # the last test: the place is in this sentence, not an earlier one
    noun = place.start - 2
    for m in sentence.mentions:
        if m.actor is not None and (m.end == noun or m.end == noun + 1 and m.start < noun):
            return m  # "Turkish | consulate", "Danish embassy"
    return None
