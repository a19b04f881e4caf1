"""The leader of a delegation named by its state: "a Chinese delegation led by Vice Premier X".

A title with a name the knowledge base lacks takes the state of the place where it acts
("Prime Minister X ... in Tel Aviv"); after "led by" or "headed by" it leads the group named
just before, and that group's state ("Chinese", "Iran's") is the leader's.
"""

from __future__ import annotations

from ..model import Mention, Sentence

__all__ = ["led_group_state"]

_LED = frozenset({"led", "headed"})
_REACH = 3  # tokens between the group's state word and "led by" ("a Chinese trade delegation led by")


def led_group_state(mention: Mention, sentence: Sentence) -> Mention | None:
    """The state mention of the group that ``mention`` leads, or None."""
    toks = sentence.tokens
    k = mention.start
    while k > 0 and mention.start - k < _REACH and (toks[k - 1].lower in ("the", "its", "his", "her")
                                                     or toks[k - 1].text[:1].isupper()):
        k -= 1  # "led by Vice Premier X": the title's first words may lie outside the mention
    if k < 2 or toks[k - 1].lower != "by" or toks[k - 2].lower not in _LED:
        return None
    led = k - 2
    for other in sentence.mentions:
        if other.actor is not None and other.end <= led and led - other.end <= _REACH \
                and other.actor.type == "state" and not other.locative:
            return other
    return None
