"""The patient of a passive whose subject is a thing that belongs to an actor.

"The assets of a Russian banker were frozen by Britain", "A loan to Ethiopia was
approved by the World Bank", "Iran's request was rejected by Washington": the
grammatical subject is not an actor, but the noun phrase before the verb names
the actor the act is done to (its owner, its beneficiary or its author). The
roles stage asks this module only when the passive has no usable subject.
"""

from __future__ import annotations

from ..model import Mention
from .clauses import Structure, governed
from .embedded import TEXTS

__all__ = ["auxiliaries_before", "in_a_text_content", "own_forces_passive", "passive_patient", "recipient_after", "reduced_passive"]

# prepositions that tie a thing to the actor it belongs to or is meant for
_OWNER_PREPS = frozenset({"of", "for", "to", "on", "against"})
_VERB_GAP = frozenset({"was", "were", "is", "are", "been", "be", "being", "has", "have", "had",
                       "will", "would", "formally", "also", "not", "then", "later", "finally"})
_SPAN = 10  # tokens of the subject phrase searched before the verb


def passive_patient(st: Structure, start: int, verb: int) -> list[Mention]:
    """The actor owning the subject phrase that ends right before the passive verb at ``verb``.

    Only a phrase without a clause boundary is read: the search stops at punctuation
    and at another verb trigger, so an actor of an earlier clause is never taken.
    """
    j = verb - 1
    while j >= start and st.lower[j] in _VERB_GAP:
        j -= 1
    if j < start or j in st.stops:
        return []
    first = max(start, j - _SPAN)
    found: list[Mention] = []
    k = j
    while k >= first and k not in st.stops and k not in st.heads:
        mention = st.at_end.get(k)
        if mention is not None:
            if _owner(st, mention):
                found.append(mention)
            k = mention.start - 1
            continue
        k -= 1
    found = [m for m in found if in_a_text_content(st, m.start, first) is None]
    # "restrictions on Egyptian men" names whom the thing is aimed at; a possessor
    # ("Sudan's restrictions") may be its author, so a governed actor comes first
    governed_first = sorted(found, key=lambda m: (governed(st, m) is None, m.start))
    return governed_first[:1]


_CONTENT_OPENERS = frozenset({"that", "which", ","})


def in_a_text_content(st: Structure, at: int, first: int) -> int | None:
    """"A resolution condemning Syria's crackdown was vetoed by Russia": an actor in what a
    resolution or draft says (after the text noun and the "-ing" verb or relative word that opens
    its content) is not the one the vetoing is done to. The text noun's index, else None."""
    for k in range(at - 1, max(first, at - 12), -1):
        if st.lower[k].endswith("ing") or st.lower[k] in _CONTENT_OPENERS:
            j = k - 1
            while j >= first and st.lower[j] in _CONTENT_OPENERS:
                j -= 1
            if j >= first and st.lower[j] in TEXTS:
                return j
    return None


def _owner(st: Structure, mention: Mention) -> bool:
    if mention.actor is None or mention.locative or mention.kind in ("place", "pronoun"):
        return False
    prep = governed(st, mention)
    if prep is not None:
        return prep in _OWNER_PREPS
    return mention.possessive or mention.modifier or mention.kind == "demonym"


def own_forces_passive(st: Structure, match, end: int, frame) -> bool:
    """A show of force in the passive with no doer named is its subject's own: "Pakistan's air
    force was placed on high alert amid tensions with India", "Russian troops were deployed to
    the border" (root 15, domestic rules: a state's forces are put on alert or sent by that state,
    never by the actor the sentence names next)."""
    return match.rule.code[:2] == "15" and "self" in match.rule.flags and bool(frame.sources) \
        and "by" not in st.lower[match.end:end]


def recipient_after(st: Structure, verb: int, end: int) -> list[Mention]:
    """The actor right after "to" or "for" that follows a passive verb whose subject names nobody:
    "Humanitarian aid was sent to Libya by Egypt" (the thing went to Libya)."""
    k = verb + 1
    if k >= end or st.lower[k] not in ("to", "for"):
        return []
    k += 1
    while k < end and st.lower[k] in ("the", "a", "an"):
        k += 1
    mention = st.at_start.get(k)
    return [mention] if mention is not None and mention.actor is not None and not mention.locative else []


# participles of acts that need an object in the active voice: with none after them they are passive
_OBJECT_NEEDED = frozenset({"killed", "wounded", "injured", "abducted", "kidnapped", "beheaded", "lynched",
                            "arrested", "detained", "hacked", "stabbed", "maimed", "massacred"})
# what may follow such a participle when no object does: a setting, a time or the sentence's end
_NO_OBJECT_AFTER = frozenset({"in", "during", "when", "after", "near", "following", "while", "as", "at",
                              "outside", "inside", "around", "overnight", "yesterday", ".", ";", ":"})
_COUNTED = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                      "twelve", "dozens", "scores", "several", "many", "hundreds", "some"})
_ABOUT = frozenset({"around", "about", "nearly", "almost", "some", "over", "roughly", "approximately"})


def reduced_passive(lower: list[str], head: int) -> bool:
    """A headline's reduced passive: "Farmer killed in a raid near Tawila", "Two soldiers killed
    during an ambush", "Between 3 and 5 policemen wounded when ...". The participle of an act that
    needs an object stands right after a noun with no auxiliary and no object after it, so the noun
    before it is the victim, not the doer. Only a sentence that opens with that noun phrase (a count,
    an article or the noun itself, up to four words) is read so."""
    if lower[head] not in _OBJECT_NEEDED or head == 0 or head + 1 >= len(lower):
        return False
    k = head + 1
    while k < len(lower) and lower[k] in (",", "and"):
        k += 1  # "Two soldiers killed, and several wounded": another toll follows
    if k > head + 1 and k + 1 < len(lower) and lower[k] in _ABOUT:
        k += 1  # "One party cadre killed and around ten injured": an approximate count
    joined = k > head + 1 and k < len(lower) and (lower[k] in _COUNTED or lower[k].isdigit()
                                                  or lower[k] == "a" and lower[k - 1] in _ABOUT)
    if not (lower[head + 1] in _NO_OBJECT_AFTER or joined) or not lower[head - 1].isalpha() \
            or lower[head + 1:head + 3] in (["at", "least"], ["at", "most"]):  # "arrested at least 30 youths"
        return False
    phrase = lower[:head]
    if len(phrase) > 6 or any(not (w.isalnum() or w == "-") for w in phrase):
        return False
    return len(phrase) <= 4 or phrase[0] in ("between", "at") or phrase[0].isdigit() or phrase[0] in _COUNTED


_AUXILIARY_CHAIN = _VERB_GAP | {"could", "can", "may", "might", "must", "should", "shall", "never", "to", "expected",
                                "likely", "unlikely", "set", "due", "about", "reportedly", "allegedly", "already",
                                "swiftly", "quickly", "unanimously", "officially"}
_CONDITIONS = frozenset({"if", "unless", "whether", "should"})


def auxiliaries_before(lower: list[str], verb: int, clause_start: int) -> int | None:
    """Where the mood of a passive verb whose agent follows it ("Niger's request to unfreeze budget
    support was rejected by the World Bank") is read: the auxiliaries right before it ("was", "would
    not be", "is expected to be"), not the subject phrase, whose words ("request", "calling for",
    "proposed") belong to the thing rejected or vetoed. None when a condition opens the clause
    ("if Iran's request is rejected by ..."): the whole clause governs then."""
    if any(w in _CONDITIONS for w in lower[max(0, clause_start - 2):clause_start + 1]):
        return None
    j = verb
    while j > clause_start and lower[j - 1] in _AUXILIARY_CHAIN:
        j -= 1
    return j if j < verb else None
