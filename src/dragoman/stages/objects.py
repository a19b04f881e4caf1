"""The object of a verb that an infinitive after it makes the doer of its own act (issue 12, wrong actors).

"Turkey gave Sweden a month to extradite the suspects, accusing Stockholm ...", "the Houthi leader
gave Israel four days to let aid in, warning ...", "Egypt expected Israel to open the crossing,
urging Washington ...": the infinitive's doer is the object of the verb before it (Sweden, Israel),
and a stance participle after the comma belongs to the subject of that verb, not to the object
(:func:`.subjects.verb_subject`). A trigger on "gave ... days to" already marks the object as a
target; this covers the verbs that have no trigger of their own.

Reads only the word before the mention and the word before the infinitive.
"""

from __future__ import annotations

from ..model import Mention
from .clauses import DETERMINERS, PREPOSITIONS, Structure

__all__ = ["object_of_a_verb"]

# words before a mention that do not make it a verb's object
_NOT_VERBS = PREPOSITIONS | DETERMINERS | {"and", "or", "but", "that", "as", "while", "when", "after", "before",
                                           "if", "since", "because", "although", "though", "whereas", "once",
                                           "said", "says", "say", "told", "announced", "added", "warned",
                                           "stated", "where", "which", "who"}


def object_of_a_verb(st: Structure, mention: Mention, verb: int) -> bool:
    """Whether ``mention``, the doer found for the infinitive at ``verb``, stands right after a
    lower-case verb-like word ("gave [Israel] four days to let", "expected [Israel] to open")."""
    if verb < 1 or st.lower[verb - 1] != "to" or mention.start < 1 or mention.end > verb:
        return False
    word = st.sentence.tokens[mention.start - 1].text
    return word.isalpha() and word.islower() and word not in _NOT_VERBS
