"""A protest lodged with no addressee, then a participle that names one.

"Beijing lodged a formal protest, accusing Tokyo of hyping a threat", "Hanoi lodged a
protest on Monday, calling Beijing's move illegal": the protest (114) names no one, but the
participle after its comma is addressed to the one protested to. The annotators code the
protest (114) for that pair; the participle's own act (112, 111) stays beside it. Only a
protest, complaint or demarche lodged, filed, delivered, issued or made right before the comma
counts; one lodged "with" someone names its addressee itself (a lexicon rule).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re

from ..model import Doc, Event
from ..pipeline import Context

__all__ = ["lodged_protests"]

_PROTEST = "114"
_LODGED = re.compile(r"\b(?:lodg|fil|submitt?|register|deliver|issu|mad|mak|sen[dt])\w*\s+"
                     r"(?:(?:a|an|the|its|his|her|their|formal|strong|strongly|worded|diplomatic|official|stern|"
                     r"new|second|written)[\s-]+){0,4}(?:protest|complaint|demarche|démarche)s?\b"
                     r"(?P<gap>[^,;.]{0,40}),\s*$", re.I)


def lodged_protests(doc: Doc, ctx: Context, events: list[Event]) -> list[Event]:
    """114 for the pair of a disapproving participle right after a protest lodged with no one."""
    protests = {(e.sentence, e.source.primary, e.target.primary) for e in events if e.code == _PROTEST}
    out: list[Event] = []
    for event in events:
        if event.root != "11" or event.code == _PROTEST or event.trigger_at <= 0 or not event.asserted:
            continue
        key = (event.sentence, event.source.primary, event.target.primary)
        if key in protests or event.source.primary == event.target.primary:
            continue
        text = doc.sentences[event.sentence].text
        found = _LODGED.search(text, 0, event.trigger_at)
        if found is None or " with " in f" {found.group('gap')} ":
            continue
        protests.add(key)
        out.append(_protest(event, found.start(), ctx))
    return out


def _protest(event: Event, at: int, ctx: Context) -> Event:
    entry = ctx.codebook.get(_PROTEST)
    key = f"{event.id}|{_PROTEST}|{at}"
    return dataclasses.replace(event, id=hashlib.sha1(key.encode()).hexdigest()[:16], **entry.event_fields(),
                               rule="114/lodged+participle",
                               trigger=event.evidence.get("text", "")[at:].split()[0] if event.evidence else "",
                               trigger_at=at)
