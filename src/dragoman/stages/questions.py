"""An act asked about is not reported (issue 12, acts not asserted).

"Will China invade Taiwan before 2030?", "Will Turkey veto Sweden's bid, analysts asked", "Could Russia
attack a NATO member?": a question names an act that may or may not come; the gold README counts only
acts the text reports as done or decided. Coded before as the act (an opening "Will" read as the
announcing "will").

Reads the sentence's first words and its last character: no scan of the sentence.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure

__all__ = ["asked"]

# an auxiliary that opens a sentence before its subject: a yes/no question
_INVERTED = frozenset({"will", "would", "could", "can", "should", "shall", "may", "might", "must", "does", "do",
                       "did", "is", "are", "was", "were", "has", "have", "had"})
_QUESTION_ENDS = frozenset({",", ";", ":", "?"})


def asked(st: Structure, match: Match) -> bool:
    """True when the trigger stands in a question: a sentence that ends with "?", or one that opens
    with an auxiliary before a named subject ("Will China invade Taiwan, analysts asked"), up to the
    first comma."""
    tokens = st.sentence.tokens
    if st.sentence.text.rstrip().endswith("?"):
        return True
    if len(tokens) < 3 or st.lower[0] not in _INVERTED or not tokens[0].text[:1].isupper() \
            or 1 not in st.at_start and not tokens[1].text[:1].isupper() and st.lower[1] != "the":
        return False
    return not any(st.lower[k] in _QUESTION_ENDS for k in range(1, match.start))
