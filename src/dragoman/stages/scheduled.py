"""An event noun whose date, venue or timing is what the sentence is about names an act not yet done
(issue 12, acts not asserted).

"No date has been set for a meeting between the two presidents", "a date for Modi's visit to
Washington", "a venue for talks between Israel and Hamas", "halted preparations for signing an association
agreement", "possibly timed to coincide with the
prime minister's visit to Seoul": the meeting, visit or talks are still to come; the sentence
reports their planning, not the act. Coded as held before (040 both ways, 042).

Reads at most a few words before the noun: no scan of the sentence.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure

__all__ = ["scheduled"]

# "a date for", "the timing of", "to coincide with": the noun after them is planned
_PLANNING = frozenset({("date", "for"), ("dates", "for"), ("date", "of"), ("timing", "of"), ("timing", "for"),
                       ("venue", "for"), ("venue", "of"), ("coincide", "with"), ("coincides", "with"),
                       ("coincided", "with"), ("schedule", "for"), ("time", "for"),
                       ("preparations", "for"), ("preparation", "for"), ("prepare", "for"), ("prepares", "for"),
                       ("preparing", "for")})
_NOUN_PHRASE = frozenset({"the", "a", "an", "his", "her", "its", "their", "first", "second", "next", "new",
                          "planned", "official", "state", "bilateral", "'s", "’s", "two", "leaders"})
_FIXED = frozenset({"set", "fixed", "agreed", "announced", "given"})  # "no date has been set for"
_DETERMINERS = frozenset({"a", "an", "the"})
_SPAN = 7  # words of the noun phrase before the event noun, at most


def scheduled(st: Structure, match: Match) -> bool:
    """True when the event noun at ``match`` follows "date for", "venue for", "timing of", "coincide
    with" (or "no date has been set for") and a noun phrase of names, determiners and possessives."""
    if match.start < 2 or match.rule.verb and "noun" not in match.rule.flags \
            and st.lower[match.start - 1] not in _DETERMINERS and not st.lower[match.start].endswith("ing"):
        return False  # "a meeting", "preparations for signing": a verb's form as a noun
    mentions = st.at_end
    j = match.start - 1
    while j > 1 and match.start - j <= _SPAN:
        if st.lower[j] in _NOUN_PHRASE or st.sentence.tokens[j].text[:1].isupper():
            j -= 1
            continue
        mention = mentions.get(j)
        if mention is not None:
            j = mention.start - 1
            continue
        break
    if (st.lower[j - 1], st.lower[j]) in _PLANNING:
        return True
    return st.lower[j] == "for" and st.lower[j - 1] in _FIXED and "date" in st.lower[max(0, j - 6):j - 1]
