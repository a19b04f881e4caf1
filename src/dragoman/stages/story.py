"""The state of a one-state story: where generic actors with no place of their own act.

"KATHMANDU - Nepal's prime minister resigned as protesters set fire to parliament": the
protesters, the soldiers and the lawmakers of a report that names no place for them belong to
the state the whole story is about, when the report (its dateline and every actor it has
resolved so far, in this sentence too) names one state only, and names it at home: a person or an
office of it, a place in it, or the dateline. Two states named ("... as Israeli
troops ...", a Washington dateline on a story about Venezuela) give none, and so do armed forces
beside an actor that may own them (``generic.foreign_agent``): the role is left to
the other rules (a place, a partner, coreference), as before. The police are left out: given the
story's state they cost precision on unseen news (docs/accuracy.md, branch `second3`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Actor, Mention, Sentence

__all__ = ["STORY_ROLES", "Story"]

# agent codes of people who act where the story is; lawmakers (LEG) are the legislature of the
# state of the story, though not of a place (a parliament in Brussels is no Belgian one). Not the
# police (a false event on a sealed set) nor the opposition (its demands met by the state's leader
# would read as the leader's act on itself), nor the media (foreign correspondents)
STORY_ROLES = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "CVL", "LAB", "EDU", "AGR", "HLH", "REF", "LEG"})


class Story:
    """The states a document has named so far (its dateline's first), updated sentence by sentence."""

    __slots__ = ("states", "homes", "_dateline", "_is_state")

    def __init__(self, dateline: Callable[[], str | None], is_state: Callable[[str], bool]) -> None:
        self.states: set[str] = set()  # every state named
        self.homes: set[str] = set()  # states named where they are at home (see ``_home``)
        self._dateline: Callable[[], str | None] | None = dateline  # read once, when first needed
        self._is_state = is_state

    def add(self, sentence: Sentence) -> None:
        """Count the sentence's resolved mentions (names are resolved before coreference)."""
        for m in sentence.mentions:
            if m.actor is not None:
                self.states.add(m.actor.primary)
                if _home(m):
                    self.homes.add(m.actor.primary)

    def state(self) -> str | None:
        """The one state of the story, or None (none, two or more, or an IGO or group among them)."""
        if self._dateline is not None:
            here, self._dateline = self._dateline(), None
            if here:
                self.states.add(here)
                self.homes.add(here)
        if len(self.states) != 1 or not self.homes:
            return None
        (only,) = self.states
        return only if self._is_state(only) else None

    def place(self, mention: Mention, role: str, protesting: bool = False) -> bool:
        """Give a role mention with no state the story's state; whether it did. People of any role
        who protest (``protesting``: "judges went on strike") are the story's too."""
        if not (role in STORY_ROLES or protesting and role) or mention.role not in ("group", "body"):
            return False  # "a state senator", "a rebel": one person is no story's
        state = self.state()
        if state is None:
            return False
        mention.actor = Actor.in_role(state, role)
        mention.resolved_from = "story"
        return True


def _home(mention: Mention) -> bool:
    """A mention that sets a story in its state: a person of it, its government, legislature or courts
    ("Nepal's prime minister", "Turkish authorities"), a place or a capital. Not the state's bare name
    nor its people or troops ("Belarus freed prisoners", "Danish tourists", "Chadian troops"): a state
    named only so may be the other side or the victims' home, and its people may be abroad."""
    actor = mention.actor
    return actor is not None and (actor.type == "person" or actor.role in _OFFICES
                                  or mention.kind in ("capital", "place"))


_OFFICES = frozenset({"GOV", "LEG", "JUD"})
