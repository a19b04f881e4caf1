"""The subject pronoun of a relative clause on a noun phrase is not that noun phrase (issue 12, wrong actors).

"The EU imposed sanctions on Russian officials it holds responsible for the attacks", "travel bans on
officials whom they accuse of fraud", "drones that it says violated its airspace": the pronoun is the
subject of a clause that describes the noun phrase right before it, so it names someone else (in
English a clause cannot take as subject the thing it describes as object). Coreference used to take
the nearest mention, the officials themselves, and coded the accusation as the officials' act on the
sanctioning state.

Reads only the words between the pronoun and the noun phrase before it: no scan of the sentence.
"""

from __future__ import annotations

from ..model import Mention, Sentence

__all__ = ["contact_object", "described_by"]

_SUBJECT_PRONOUNS = frozenset({"it", "they"})
_RELATIVES = frozenset({"that", "which", "whom"})
_UNAMBIGUOUS = frozenset({"which", "whom"})  # "that" and no word at all also open complement clauses
# words that may stand inside the noun phrase before the pronoun ("Russian and Ukrainian officials")
_INSIDE = frozenset({"and", "or", "the", "a", "an", "senior", "top", "two", "three", "several", "other"})
_SPAN = 8  # words of a noun phrase looked at, at most


def described_by(sentence: Sentence, earlier: Mention, pronoun: Mention) -> bool:
    """True when ``earlier`` belongs to the noun phrase that the relative clause opened by the subject
    ``pronoun`` describes ("officials [that] they hold responsible"): the pronoun cannot stand for it."""
    toks = sentence.tokens
    if pronoun.kind != "pronoun" or pronoun.possessive or pronoun.text.lower() not in _SUBJECT_PRONOUNS \
            or earlier.end > pronoun.start or pronoun.end >= len(toks) \
            or not any(earlier is m for m in sentence.mentions):
        return False  # only a mention of this sentence can be the described noun phrase
    after = toks[pronoun.end].text
    if not after.isalpha() or not after.islower():
        return False  # "they, ...", "it." : no clause of its own
    k = pronoun.start - 1
    opener = toks[k].lower if k >= 0 else ""
    if opener in _RELATIVES:
        k -= 1
    head = next((m for m in sentence.mentions if m.end - 1 == k), None)
    if opener not in _UNAMBIGUOUS and (head is None or head.kind != "role"):
        return False  # "told Ukraine [that] it must withdraw": a complement clause, not a relative one
    inside = {i for m in sentence.mentions if m.end <= pronoun.start for i in range(m.start, m.end)}
    if k < 0 or k not in inside:
        return False  # the pronoun does not follow a named noun phrase
    first = k
    while first > 0 and pronoun.start - first < _SPAN and (first - 1 in inside or toks[first - 1].lower in _INSIDE):
        first -= 1
    return earlier.start >= first


def contact_object(st, sources: list[Mention], verb: int) -> Mention | None:
    """The noun phrase that a relative clause with a pronoun subject describes is its verb's object:
    "officials [that] they hold responsible" (the officials), "drones that it says ..."; None when the
    one source is not a subject pronoun right after a named people noun or name."""
    if len(sources) != 1:
        return None
    pronoun = sources[0]
    if pronoun.kind != "pronoun" or pronoun.possessive or pronoun.text.lower() not in _SUBJECT_PRONOUNS \
            or not 0 <= verb - pronoun.end <= 1 or pronoun.start < 1:
        return None
    k = pronoun.start - 1
    relative = st.lower[k] in _RELATIVES
    antecedent = st.at_end.get(k - 1 if relative else k)
    if antecedent is None or antecedent.actor is None or antecedent.locative or antecedent.possessive:
        return None
    if st.lower[k] not in _UNAMBIGUOUS and antecedent.kind != "role":
        return None  # "warned Ukraine [that] it would ...": a complement, not a relative clause
    return antecedent
