"""A person named after a demonym: "released the American contractor Ben Walker".

A rule whose object must be people (the ``who`` flag: releases, arrests) takes a state's
plural demonym ("five Iranians") or a person's role, but a singular demonym only modifies a noun.
When that noun (one or two lower-case words) is followed by a capitalised name, the demonym
describes the named person, who is of the demonym's state: "freed the Dutch oil engineer Pieter
Smit". A day or a month after the noun is no name ("a French report Monday").
"""

from __future__ import annotations

from ..model import Mention
from .clauses import Structure

__all__ = ["national_before_name"]

_DATE_WORDS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                         "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"})


def national_before_name(st: Structure, mention: Mention) -> bool:
    """Whether ``mention`` is a singular demonym before one or two lower-case nouns and a name."""
    if mention.kind != "demonym" or mention.possessive:
        return False
    toks = st.sentence.tokens
    for k in (mention.end + 1, mention.end + 2):
        if k + 1 >= len(toks) or not all(toks[j].text.isalpha() and toks[j].text.islower()
                                         for j in range(mention.end, k)):
            return False
        name = toks[k].text
        if name[:1].isupper() and name.isalpha() and name not in _DATE_WORDS and toks[k + 1].text[:1].isupper():
            return True
    return False
