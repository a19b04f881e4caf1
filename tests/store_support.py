"""Helpers for the store tests: synthetic events, a fake coder, generated articles."""

from __future__ import annotations

import datetime as dt
import hashlib

from dragoman.model import ActorRef, Document, Event

GOLDSTEIN = {"054": 6.0, "050": 3.5, "051": 3.4, "161": -4.0, "163": -8.0, "190": -10.0, "057": 8.0}


def actor(primary: str, code: str | None = None, actor_id: str | None = None) -> ActorRef:
    return ActorRef(id=actor_id or primary, primary=primary, code=code or primary, name=primary, mention=primary)


def event(doc_id: str, n: int, source: str, code: str, target: str, date: str | None,
          precision: str | None = "day", modality: str = "actual", target_id: str | None = None) -> Event:
    key = f"{doc_id}|{n}|{source}|{code}|{target}"
    return Event(id=hashlib.sha1(key.encode()).hexdigest()[:16], doc_id=doc_id, sentence=n,
                 source=actor(source), target=actor(target, actor_id=target_id), code=code, root=code[:2],
                 label=f"code {code}", quad_class=1 if code < "10" else 4,
                 goldstein=GOLDSTEIN.get(code, 1.0), plover="X", date=date, date_precision=precision,
                 date_basis="test", location=None, polarity="asserted", modality=modality,
                 evidence={"text": f"{source} did {code} to {target} on {date}.", "start": 0, "end": 10},
                 trigger="did", rule="test", confidence=0.9)


def line_coder(document: Document) -> list[Event]:
    """A fake coder: each line 'SRC CODE TGT DATE [PRECISION]' is one event."""
    out = []
    for n, line in enumerate(document.text.splitlines()):
        parts = line.split()
        if len(parts) >= 4 and parts[0].isupper():
            out.append(event(document.id, n, parts[0], parts[1], parts[2], parts[3],
                             parts[4] if len(parts) > 4 else "day"))
    return out


def doc(text: str, published: str = "2025-07-20", doc_id: str | None = None, url: str | None = None) -> Document:
    from dragoman.ingest.text import document_from_text

    return document_from_text(text, dt.date.fromisoformat(published), doc_id=doc_id, url=url)
