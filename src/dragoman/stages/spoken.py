"""A quoted first-person condemnation, demand, rejection or threat is the speaker's act.

'"We strongly condemn this attack by Russia," the German chancellor said on Monday', 'Lavrov
told reporters: "We reject this plan"': the words in quotation marks are someone's words, not an
act (``event_checks.quoted``), except when the speaker performs the act by saying them. That is
so for roots 10-13 (demand, disapprove, reject, threaten) whose subject in the quote is "we" or
"I", when the sentence names the speaker right after the closing mark (', the minister said') or
right before the opening one ('the minister said:'). The speaker is the act's source.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention, Sentence
from .clauses import Structure

__all__ = ["quote_speaker"]

_ROOTS = frozenset({"10", "11", "12", "13"})
_FIRST = frozenset({"we", "i"})
_BETWEEN = frozenset({"strongly", "firmly", "categorically", "totally", "completely", "resolutely", "vehemently",
                      "will", "shall", "must", "also", "again", "hereby", "cannot", "can", "do", "not", "never",
                      "would", "fully", "utterly", "once", "unequivocally", "clearly"})
_SAYING = frozenset({"said", "says", "told", "added", "declared", "stated", "wrote", "insisted", "warned"})
_REACH = 5  # tokens between the quote and its speaker's verb


def quote_speaker(st: Structure, sentence: Sentence, match: Match) -> tuple[Mention, int] | None:
    """The speaker of a quoted first-person act of roots 10-13, and the token after its "we"."""
    if match.rule.code[:2] not in _ROOTS or not sentence.quotes:
        return None
    at = sentence.tokens[match.head].start
    span = next(((a, b) for a, b in sentence.quotes if a < at < b), None)
    if span is None:
        return None
    k = match.start - 1
    while k >= 0 and st.lower[k] in _BETWEEN:
        k -= 1
    if k < 0 or st.lower[k] not in _FIRST or sentence.tokens[k].start < span[0]:
        return None
    speaker = _after(st, sentence, span[1]) or _before(st, sentence, span[0])
    return (speaker, k + 1) if speaker is not None else None


def _after(st: Structure, sentence: Sentence, close: int) -> Mention | None:
    """'," the German chancellor said', '," said the German chancellor': the actor right after the
    closing mark, with a saying verb right after it or right before it."""
    i = next((i for i, t in enumerate(sentence.tokens) if t.start >= close), len(st.lower))
    verb_first = i < len(st.lower) and st.lower[i] in _SAYING
    i += verb_first
    while i < len(st.lower) and st.lower[i] == "the":
        i += 1
    mention = st.at_start.get(i)
    if mention is None or mention.actor is None or mention.locative:
        return None
    if verb_first:
        return mention
    k = mention.end  # "Mali's transitional president said": a possessor and its title's words
    while k < min(len(st.lower), mention.end + 4) and st.lower[k] not in _SAYING and (
            st.lower[k] in ("'s", "’s") or st.sentence.tokens[k].text.isalpha() and st.sentence.tokens[k].text.islower()):
        k += 1
    return mention if k < len(st.lower) and st.lower[k] in _SAYING else None


def _before(st: Structure, sentence: Sentence, opening: int) -> Mention | None:
    """'the minister said: "We ..."': the actor right before a saying verb before the opening mark."""
    last = max((i for i, t in enumerate(sentence.tokens) if t.end <= opening), default=None)
    if last is None:
        return None
    k = last
    while k >= 0 and st.lower[k] in (":", ","):
        k -= 1
    if k < 1 or st.lower[k] not in _SAYING or k < last - _REACH:
        return None
    mention = st.at_end.get(k - 1)
    if mention is None or mention.actor is None or mention.locative:
        return None
    return mention
