"""A war named as the setting or the subject of talk is not a new act of war.

"thanked Britain for its support in the war against Russia", "his first trip abroad during
the war with the rebels", "agreed to a permanent cessation of hostilities", "met on Friday to discuss the fighting between Israel and
Hezbollah", "talks on the war in Sudan": the state of war (or the fighting) is named as the
time, the frame or the topic of what the sentence reports, which is the thanks, the visit
or the meeting. Annotators code the war where a sentence reports it (an attack, a battle, a
declaration of war), and mark it optional at most where it is only the setting.

Only the nouns that name a condition rather than a single blow ("war", "fighting",
"hostilities", "conflict"): "killed in an air strike" or "wounded in clashes between ..."
report the strike and the clashes and stay coded.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure, before_phrase

_CONDITIONS = frozenset({"war", "wars", "fighting", "hostilities", "conflict", "conflicts"})
_STATES = frozenset({"war", "wars", "conflict", "conflicts"})  # a standing condition, not a blow
# words after which a war is the time or frame of something else ("during the war with", "in its war on")
_FRAME = frozenset({"during", "throughout", "in", "since", "of", "amid", "before", "until"})
# words whose object is a topic of speech or deliberation ("to discuss the fighting between")
_TALK = ("discuss", "debat", "deliberat")
_TALK_NOUNS = frozenset({"talks", "meeting", "meetings", "summit", "conference", "session", "debate", "briefing",
                         "report", "reports", "resolution", "plan", "proposal", "negotiations", "envoy"})
# "a cessation of hostilities", "an end to the war", "a lull in the fighting": the war named as what stops
_ENDING = frozenset({("cessation", "of"), ("end", "to"), ("end", "of"), ("halt", "to"), ("halt", "in"),
                     ("pause", "in"), ("lull", "in"), ("suspension", "of"), ("truce", "in")})
_SKIPPED = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "ongoing",
                      "current", "continuing", "recent", "latest", "escalating", "long", "years-long",
                      "three-year", "two-year", "full-scale", "'s", "’s"})


def setting_or_topic(st: Structure, match: Match) -> bool:
    """Whether ``match`` is a war noun named as the frame or the topic of another act."""
    if match.rule.verb and "noun" not in match.rule.flags:
        return False
    word = st.lower[match.head] if match.head < len(st.lower) else ""
    if word not in _CONDITIONS:
        return False
    j = before_phrase(st, match.start, _SKIPPED, 5)
    if j < 0:
        return False
    before = st.lower[j]
    if before.startswith(_TALK):
        return True
    if before in ("on", "about", "over", "to", "into") and j > 0 and st.lower[j - 1] in _TALK_NOUNS:
        return True  # "talks on the war", "a resolution on the fighting"
    if j > 0 and (st.lower[j - 1], before) in _ENDING:
        return True  # "agreed to a cessation of hostilities": the fighting is what ends
    return word in _STATES and before in _FRAME
