"""Objects listed as whole noun phrases, each named by its own state's word.

"freed a Canadian teacher, a German engineer and an Italian nun" releases people of three states;
"seized a Liberian-flagged tanker and a Malta-flagged freighter" seizes ships of two. The object
group of :func:`.clauses.group_right` joins only actors that follow each other ("Chile and Peru");
here the state word modifies a noun, so the next member starts after that noun and a connector.

Only acts done to people or things held (releases, 08; seizures, arrests and detentions, 17): a list
of places, of victims of violence or of backers ("A, backed by B") is never read as such a list.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from .clauses import CONNECTORS, PREPOSITIONS, Structure, starts_clause

__all__ = ["listed_objects"]

# roots whose object is people or property taken or given back
_ROOTS = frozenset({"08", "17"})
# words that may open the next member of the list ("a", "former", "two")
_OPENERS = frozenset({"a", "an", "the", "former", "two", "three", "four", "five", "one", "another", "senior",
                      "retired", "prominent", "jailed", "detained", "dual", "national"})
_TAIL = 4  # head-noun words after the state word: "documentary maker", "-flagged oil tanker"
_STOP = frozenset({";", ":", "(", ")", "who", "which", "that", "whom", "whose", "after", "before", "while",
                   "because", "as", "but"})


def listed_objects(st: Structure, targets: list[Mention], match: Match, limit: int) -> list[Mention]:
    """Further members of a list of noun phrases whose first member is the single target."""
    if match.rule.code[:2] not in _ROOTS or len(targets) != 1 or targets[0].locative:
        return []
    found: list[Mention] = []
    current = targets[0]
    while (nxt := _next_member(st, current, limit)) is not None:
        found.append(nxt)
        current = nxt
    return found


def _next_member(st: Structure, current: Mention, limit: int) -> Mention | None:
    """The mention opening the next noun phrase of the list after ``current``'s phrase."""
    j, tail = current.end, 0
    while j < limit and st.lower[j] not in CONNECTORS and tail <= _TAIL:
        word = st.lower[j]
        if j in st.heads or j in st.at_start or word in PREPOSITIONS or word in _STOP or not _wordlike(word):
            return None
        j, tail = j + 1, tail + 1
    if tail == 0 and current.kind != "role" or tail > _TAIL:
        return None  # "Chile and Peru" is group_right's ("a French tourist" holds its noun); a long phrase is none
    seen_and = False
    while j < limit and (st.lower[j] in CONNECTORS or st.lower[j] in _OPENERS):
        seen_and = seen_and or st.lower[j] in ("and", ",")
        j += 1
    nxt = st.at_start.get(j)
    if not seen_and or nxt is None or nxt.actor is None or nxt.locative or nxt.kind in ("pronoun", "place") \
            or starts_clause(st, nxt):
        return None
    return nxt


def _wordlike(word: str) -> bool:
    return word == "-" or word.replace("-", "").isalpha()
