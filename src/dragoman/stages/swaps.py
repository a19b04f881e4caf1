"""A release in a swap is a release both ways.

"Russia freed an American basketball player in exchange for a Russian arms dealer", "freed in a
prisoner exchange in which Washington released five Iranians": an exchange of prisoners has two
releasing sides. When a sentence codes one side's release of the other's people (0841 from X to
Y) and names the exchange ("in exchange for", "swap", "prisoner exchange"), and no release from
Y to X is coded in it, Y's release to X is added: the codebook's swap is two 0841 acts.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from ..model import ActorRef, Doc, Event

__all__ = ["swapped_releases"]

_RELEASE = "0841"
_EXCHANGE = re.compile(r"\bin exchange for\b|\bswap(?:s|ped)?\b|\b(?:prisoner|detainee|hostage)s? exchange\b", re.I)


def swapped_releases(doc: Doc, events: list[Event]) -> list[Event]:
    """The other side's release for every one-sided release of a sentence that names a swap."""
    out: list[Event] = []
    releases = [e for e in events if e.code == _RELEASE and e.modality == "actual" and e.polarity == "asserted"
                and e.source.primary != e.target.primary]
    if not releases:
        return out  # the cheap test: no release coded in the document
    done = {(e.sentence, e.source.primary, e.target.primary) for e in events if e.code[:2] == "08"}
    for event in releases:
        key = (event.sentence, event.target.primary, event.source.primary)
        if key in done or not _EXCHANGE.search(doc.sentences[event.sentence].text):
            continue
        done.add(key)
        ident = f"{event.id}|swap"
        side = event.target  # the released people's state releases in turn, as a state
        source = ActorRef(side.primary, side.primary, side.primary, side.primary, side.mention)
        out.append(replace(event, id=hashlib.sha1(ident.encode()).hexdigest()[:16], source=source,
                           target=event.source, rule=event.rule + "+swap", confidence=min(event.confidence, 0.6)))
    return out
