"""What the user typed, as the codes the store holds: actors by name or code, CAMEO codes and roots.

>>> from dragoman.knowledge import default_knowledge
>>> names = Names(default_knowledge())
>>> names.actor("Russia"), names.actor("afg"), names.root("5")
('RUS', 'AFG', '05')
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable

from ..errors import UsageError
from ..knowledge import Knowledge
from ..knowledge.resolve import resolve_text

__all__ = ["Names", "search_codes"]


def _text(value: str, what: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{what} {value.encode('utf-8', 'backslashreplace').decode()!r} is not valid "
                         "UTF-8 text") from None
    return value.strip()


class Names:
    """Resolves actor names and codes through the knowledge base; validates CAMEO codes and roots.

    ``in_store(code)`` may say whether the store holds an actor code the knowledge base
    lacks (one from a user's --kb file at ingest time)."""

    def __init__(self, knowledge: Knowledge, in_store: Callable[[str], bool] | None = None) -> None:
        self.knowledge = knowledge
        self.in_store = in_store or (lambda code: False)
        records = knowledge.kb.records.values()
        self.codes = {r.get("primary") or r["id"] for r in records} | {r["id"] for r in records
                                                                       if r.get("type", "state") == "state"}
        self.names = {r.get("name", r["id"]): r.get("primary") or r["id"] for r in records}
        self.folded = {str(name).casefold(): primary for name, primary in self.names.items()}

    def actor(self, value: str, date: dt.date | None = None) -> str:
        """The primary code ``value`` (a code or a name) stands for; a UsageError with close matches
        when it stands for none."""
        text = _text(value, "actor")
        if text.upper() in self.codes or self.in_store(text.upper()):
            return text.upper()
        if text.casefold() in self.folded:
            return self.folded[text.casefold()]
        found = resolve_text(text, date or dt.date.today(), self.knowledge)
        if found and found[0].primary:
            return found[0].primary
        close = difflib.get_close_matches(text, list(self.names), n=3, cutoff=0.6)
        close += difflib.get_close_matches(text.upper(), sorted(self.codes), n=2, cutoff=0.6)
        hint = f"; did you mean {', '.join(dict.fromkeys(close))}?" if close else \
            "; find codes with `dragoman actors list`"
        raise UsageError(f"no actor known as {text!r}{hint}")

    @staticmethod
    def root(value: str) -> str:
        """A CAMEO root: two digits 01-20 ('5' means '05')."""
        text = _text(value, "root")
        if text.isdigit() and 1 <= int(text) <= 20 and len(text) <= 2:
            return f"{int(text):02d}"
        raise UsageError(f"{text!r} is not a CAMEO root; roots are 01 to 20 (see `dragoman codes`)")

    def code(self, value: str) -> str:
        """A CAMEO code or prefix of one that the codebook holds ('05', '054', '0541')."""
        text = _text(value, "code")
        if text.isdigit() and any(c.startswith(text) for c in self.knowledge.codebook):
            return text
        close = difflib.get_close_matches(text, list(self.knowledge.codebook), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see `dragoman codes`"
        raise UsageError(f"{text!r} is not a CAMEO code{hint}")


def search_codes(knowledge: Knowledge, query: str | None = None) -> list[dict]:
    """Codebook rows whose code starts with ``query`` or whose label holds all its words."""
    rows = [{"code": c.code, "root": c.root, "label": c.label, "goldstein": c.goldstein, "quad": c.quad,
             "plover": c.plover} for c in knowledge.codebook.values()]
    if query:
        q = query.strip().casefold()
        words = q.split()
        rows = [r for r in rows if r["code"].startswith(q) or all(w in r["label"].casefold() for w in words)]
    return sorted(rows, key=lambda r: r["code"])
