"""Role nouns and titles ("troops", "foreign minister", "rebels") and their CAMEO role codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KnowledgeBaseError
from ..text import key_lengths, longest_key, words

__all__ = ["Role", "Roles", "load_roles"]


@dataclass(frozen=True, slots=True)
class Role:
    phrase: str
    role: str
    kind: str  # title | person | group | body


@dataclass(slots=True)
class Roles:
    index: dict[tuple[str, ...], Role] = field(default_factory=dict)
    first: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first word -> key lengths, longest first
    _starts: tuple[frozenset[str], frozenset[str]] | None = field(default=None, compare=False, repr=False)
    _seconds: dict[str, frozenset[str]] | None = field(default=None, compare=False, repr=False)

    def add(self, role: Role) -> None:
        key = tuple(w.lower() for w in words(role.phrase))
        self.index[key] = role
        key_lengths(self.first, key)
        self._starts = self._seconds = None

    def starts(self, extra: frozenset[str]) -> frozenset[str]:
        """The words a role phrase starts with, and ``extra``: one set to test a token against
        (kept for the last ``extra`` asked for, dropped when a role is added)."""
        if self._starts is None or self._starts[0] is not extra:
            self._starts = (extra, frozenset(self.first) | extra)
        return self._starts[1]

    def seconds(self) -> dict[str, frozenset[str]]:
        """For each word that starts role phrases of two or more words only ("the" of "the poor"):
        the words that can follow it there. A role starts at such a word only before one of them
        (built on first use, dropped when a role is added)."""
        if self._seconds is None:
            pairs: dict[str, set[str]] = {}
            for key in self.index:
                if 1 not in self.first[key[0]]:
                    pairs.setdefault(key[0], set()).add(key[1])
            self._seconds = {word: frozenset(after) for word, after in pairs.items()}
        return self._seconds

    def match(self, lower: list[str], i: int) -> tuple[int, Role | None]:
        """The longest role phrase starting at token ``i`` (lower-cased tokens)."""
        return longest_key(self.index, self.first, lower, i)


def load_roles(*paths: Path) -> Roles:
    """Role files in order, a later file's phrase overriding an earlier one's. A row is
    phrase, role, kind and an optional fourth column naming its source."""
    roles = Roles()
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) not in (3, 4):
                raise KnowledgeBaseError(str(path), number, "a role line needs phrase, role and kind")
            roles.add(Role(*(c.strip() for c in cols[:3])))
    return roles
