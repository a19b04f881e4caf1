"""A nominal act after "whose": the relative's antecedent is its doer.

"Swedish Prime Minister X, whose visit to Budapest ended a long freeze, hailed the vote",
"Argentina, whose recognition of Kosovo angered Serbia, ...": the visit is X's, the
recognition Argentina's, as with "his visit" or "Argentina's recognition". Only a nominal
rule (``noun``) right after "whose", at most two modifiers between ("whose surprise visit"),
and an actor right before "whose" (a comma between) that is no place.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import Structure

__all__ = ["whose_doer"]

_MODIFIERS = 2


def whose_doer(st: Structure, match: Match) -> Mention | None:
    """The actor before ", whose" that a nominal act right after "whose" belongs to, or None."""
    if "noun" not in match.rule.flags:
        return None
    k = match.start - 1
    while k >= 0 and match.start - k <= _MODIFIERS and st.lower[k] != "whose" and st.lower[k].isalpha() \
            and st.sentence.tokens[k].text.islower():
        k -= 1
    if k < 1 or st.lower[k] != "whose":
        return None
    owner = st.at_end.get(k - 2 if st.lower[k - 1] == "," else k - 1)  # at_end: a mention's last token
    if owner is None or owner.actor is None or owner.locative or owner.kind == "place" \
            or owner.actor.type == "place":
        return None
    return owner
