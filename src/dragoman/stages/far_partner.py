"""A partner named after a long object: "suspended the exchange of data on illegal fishing routes
in the northern waters with Norway", "cut its trade in farm goods and machine parts with Chile".

The object reach (``roles.OBJECT_REACH``) bounds how far after the trigger a target is looked for.
A phrase with the preposition that the trigger's code takes for its partner ("with" for
cooperation, talks, ties and trade and for cutting them; "to" for giving and sharing) may lie
further, when only the object's own words stand between: no clause break, no other verb (the
caller's region already ends at the next trigger), no other actor.
"""

from __future__ import annotations

from ..model import Mention
from .clauses import Structure, governed

__all__ = ["far_partner"]

# the preposition that names the partner, by the code's root
_PARTNER_PREPS = {"with": frozenset({"03", "04", "05", "06", "16"}), "to": frozenset({"06", "07"})}
_FAR = 20  # tokens after the trigger a partner phrase may lie
_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "--", ".", "that", "which", "who", "whom", "while", "after",
                     "before", "because", "but", "since", "when", "where", "as", "despite", "if", "unless", "until"})


def far_partner(st: Structure, match_end: int, code: str, mention: Mention) -> bool:
    """Whether ``mention`` is the code's partner phrase past the object reach, with only the object's
    words between the trigger's end and it."""
    prep = governed(st, mention)
    if prep not in _PARTNER_PREPS or code[:2] not in _PARTNER_PREPS[prep] or mention.start > match_end + _FAR:
        return False
    between = range(match_end, mention.start)
    if any(st.lower[k] in _BREAKS for k in between):
        return False
    return not any(k in st.at_start and st.at_start[k].actor is not None for k in between)
