"""An act named as the subject of a modal verb is what may come, not news (issue 12, precision).

"a Chinese attack on Taiwan could warrant a response", "an invasion of the island would be a
disaster", "a new resolution censuring Iran is unlikely": the event noun (or the -ing form after a
noun) opens its clause and the clause's verb is could/might/may/would or "is unlikely". A noun
after a verb or a preposition is an object and is left to the other checks; a noun whose verb is
indicative ("the attack on the base killed ten") is a reported act.

Two more match-level checks of what a phrase names rather than reports live here, beside it:
"what he called baseless claims" is no accusation (:func:`what_it_called`), and "backed by X" is
standing support, no act of backing (:func:`backed_by`).

Reads only the few words around the trigger: no scan of the whole sentence.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure

__all__ = ["backed_by", "subject_of_a_modal", "what_it_called"]

_MODALS = frozenset({"could", "might", "may", "would"})
_UNLIKELY = frozenset({"unlikely", "improbable", "inconceivable", "unthinkable"})
_BE = frozenset({"is", "was", "are", "were", "be", "seemed", "seems", "looked", "looks", "remains", "remained"})
_SUBJECT_OPENERS = frozenset({"that", ",", ";", ":", "said", "says", "warned", "told", "believe", "believes",
                              "feared", "fear", "fears", "argued", "argues", "noted", "added", "because", "if",
                              "while", "whether", "as", "and", "but"})
_NP_BREAKS = frozenset({",", ";", ":", "(", ")", "that", "which", "who", "whom", "whose", "and", "or", "but",
                        "after", "before", "when", "while", "as", "since", "if", "unless", "because"})
_JOINS = frozenset({"'s", "’s", "-"})  # "Israel's", "full-scale"
# words before an event noun that make it an object, not the subject of the clause's verb
_GOVERNING = frozenset({"of", "to", "on", "for", "against", "with", "by", "at", "from", "into", "over", "about",
                        "in", "after", "before", "following", "amid", "despite"})
_NP_REACH = 8  # words between an event noun and its verb ("an attack by Chinese forces on Taiwan could")
_LEFT_REACH = 6  # determiners and modifiers before the noun ("a full-scale Chinese attack")


def _nominal(lower: list[str], match: Match) -> bool:
    """An event noun, or an -ing form ("a resolution censuring Iran")."""
    return not match.rule.verb or "noun" in match.rule.flags or lower[match.start].endswith("ing")


def subject_of_a_modal(st: Structure, match: Match) -> bool:
    """An event noun that opens its clause as the subject of could/might/may/would or of "is
    unlikely": the act is what may come. A noun after a verb or a preposition is an object, and a
    reported act ("said the attack on the base killed ten") keeps its indicative verb."""
    lower = st.lower
    if not _nominal(lower, match):
        return False
    j = match.start - 1
    while j >= 0 and match.start - j <= _LEFT_REACH and lower[j] not in _SUBJECT_OPENERS \
            and j not in st.heads and (j in st.blocked or lower[j] in _JOINS or lower[j].isalpha() and lower[j] not in _BE):
        if lower[j] in _GOVERNING:
            return False  # the object of a preposition, not a subject
        j -= 1
    if j >= 0 and lower[j] not in _SUBJECT_OPENERS:
        return False
    end = min(len(lower), match.end + _NP_REACH)
    for k in range(match.end, end):
        word = lower[k]
        if word in _MODALS and st.sentence.tokens[k].text != "May":
            return True
        if word in _BE:
            return k + 1 < len(lower) and lower[k + 1] in _UNLIKELY
        if word in _NP_BREAKS or k in st.heads:
            return False
    return False


_NAMING = frozenset({"called", "calls", "call", "termed", "described", "branded", "labelled", "labeled"})
_NAMERS = frozenset({"he", "she", "it", "they", "we", "i"})


def what_it_called(st: Structure, match: Match) -> bool:
    """"dismissing what he called baseless claims", "citing what it called illegitimate sanctions":
    "what X called ..." names a thing in the speaker's words inside another act; the naming is not
    itself a public accusation of anyone."""
    if not match.rule.id.startswith("111/call"):
        return False
    lower = st.lower
    k = match.start - 1
    if k >= 0 and (lower[k] in _NAMERS or k in st.blocked):
        while k >= 0 and k in st.blocked:
            k -= 1
        if lower[k] in _NAMERS:
            k -= 1
        return k >= 0 and lower[k] == "what"
    return False


def backed_by(lower: list[str], match: Match) -> bool:
    """"the Saudi-led coalition, backed by the United States, struck ...", "a peace plan backed by
    Egypt and Qatar": a participle "backed by X" describes a thing or actor by its standing
    support; it reports no act of backing on the sentence's day, and its agent is not the subject
    of the verb after the aside (the match is dropped before the clause is read)."""
    return match.rule.id == "051/back" and match.end < len(lower) and lower[match.end] == "by" \
        and lower[match.start] == "backed"
