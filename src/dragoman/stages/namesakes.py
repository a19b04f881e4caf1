"""Namesakes: a known person's surname used for someone else.

The knowledge base indexes leaders by their surname alone ("Modi", "Biden"), as news
names them after the first mention. Right after a first name that none of the person's
own names has, the surname belongs to another person ("Hunter Biden", "Nirav Modi"):
that mention is not the leader, and the acts it does are not the leader's state's.
"""

from __future__ import annotations

from ..knowledge.actors import Entry
from ..knowledge.ambiguity import looks_like_name
from ..pipeline import Context

__all__ = ["another_bearer"]


def another_bearer(ctx: Context, toks: list[str], i: int, n: int, entry: Entry, joined: bool) -> bool:
    """``toks[i:i+n]`` is a one-word name of a person, and the word before it is a first name
    of someone else: capitalised, not a title or an opener, not part of an earlier mention
    (``joined``: "President Biden" keeps its title), and in none of the person's names."""
    if n != 1 or i == 0 or joined:
        return False
    record = ctx.kb.records[entry.record]
    if record.get("type") != "person" or not looks_like_name(toks[i - 1]):
        return False
    names = [record.get("name", ""), *record.get("aliases", ())]
    return not any(toks[i - 1] in name.split() for name in names)
