"""A name inside the object of one verb is not the subject of the verb coordinated after it.

"Hungary blocked EU aid to Ukraine on Thursday and criticised Brussels": "EU" modifies "aid",
the object of "blocked"; "criticised" shares the subject of "blocked" (Hungary). A name right
before a lower-case noun, after an earlier verb of the same clause, with only a short phrase
(prepositions, places, time) up to "and", is read as part of that object.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure
from .frames import Frame

__all__ = ["modifier_in_object"]

_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "while", "as", "after", "before", "when",
                      "because", "but", "said", "says", "where", "if", "since", "until"})
_MAX_BETWEEN = 8


def modifier_in_object(st: Structure, mention: Mention, match: Match, earlier: dict[int, Frame]) -> Frame | None:
    """The frame of the earlier verb whose object ``mention`` modifies ("blocked [EU] aid"), when
    ``match`` is joined to that verb by "and"; None otherwise."""
    noun = mention.end
    if mention.possessive or noun >= match.start or not st.lower[noun].isalpha() \
            or not st.sentence.tokens[noun].text.islower() or noun in st.heads:
        return None
    words = st.lower[noun + 1:match.start]
    if not words or words[-1] != "and" or len(words) > _MAX_BETWEEN or any(w in _OPENERS for w in words):
        return None
    if any(k in st.stops for k in range(noun + 1, match.start - 2)) or any(
            k in st.heads for k in range(noun + 1, match.start)):
        return None  # another clause or verb between them
    if any(m.start > noun and m.end <= match.start and not m.locative and m.kind != "place"
           and st.lower[m.start - 1] not in ("to", "for", "with", "on", "from", "against", "of")
           for m in st.sentence.mentions):
        return None  # another subject-like name before "and"
    heads = [h for h in earlier if h < mention.start]
    if not heads:
        return None
    h = max(heads)
    if not earlier[h].sources or any(k in st.stops for k in range(h + 1, mention.start)) \
            or any(st.at_end.get(k) is not None for k in range(h + 1, mention.start)):
        return None
    return earlier[h]
