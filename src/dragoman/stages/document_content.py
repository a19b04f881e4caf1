"""What a signed text says will happen is its content, not an act done (issue 12, acts not asserted).

"signed a free trade pact that will cut tariffs between them", "an access agreement that will allow the
deployment of troops", "a deal under which Albania will host centres for migrants", "a deal that
requires the rebels to disarm", "a step that would end decades of ties": the act after the document
noun is what the text provides for; the signing (or the step taken) is the act the sentence reports.
Coded before as the act itself, announced, between the signatories.

Reads at most a few words before the trigger: no scan of the sentence.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..timex.tables import WEEKDAYS
from .clauses import Structure

__all__ = ["content_of_a_document"]

_DOCUMENTS = frozenset({"agreement", "agreements", "accord", "accords", "deal", "deals", "pact", "pacts", "treaty",
                        "treaties", "memorandum", "memorandums", "protocol", "charter", "resolution", "resolutions",
                        "framework", "arrangement", "declaration", "communique", "plan", "step", "text", "law",
                        "bill", "decree", "roadmap", "truce", "ceasefire"})
_RELATIVES = frozenset({"that", "which"})
# what a text does to the act it names: "will", "would", "requires X to", "allows X to", "provides for"
_PROVIDES = frozenset({"will", "would", "shall", "require", "requires", "oblige", "obliges", "allow", "allows",
                       "permit", "permits", "commit", "commits", "provide", "provides", "envisage", "envisages",
                       "foresee", "foresees", "lets"})
_WHEN = frozenset({"on", *WEEKDAYS, "last",
                   "this", "week", "month", "year", "earlier", "late", "today", "yesterday"})
_SPAN = 9  # words between the document noun and the trigger, at most


def content_of_a_document(st: Structure, match: Match) -> bool:
    """True when the trigger stands in a relative clause on a document noun ("a pact that will cut
    tariffs", "a deal under which X will host") whose verb is a modal or a verb of providing."""
    lower = st.lower
    k = match.start - 1
    provides = False
    while k > 0 and match.start - k <= _SPAN:
        word = lower[k]
        if word in (";", ":", "."):
            return False
        provides = provides or word in _PROVIDES
        if word in _RELATIVES:
            noun = k - 1
            if noun >= 1 and lower[noun] == "under":  # "a deal under which"
                noun -= 1
            while noun > 0 and lower[noun] in _WHEN:  # "signed a pact on Friday that will ..."
                noun -= 1
            return provides and noun >= 0 and lower[noun] in _DOCUMENTS
        k -= 1
    return False
