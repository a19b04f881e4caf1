"""A small store for the web tests: ordinary events, a located one, a recognition, and a hostile article."""

from __future__ import annotations

import dataclasses
import datetime as dt

from dragoman.ingest.text import document_from_text
from dragoman.model import ActorRef
from dragoman.store import connect, ingest
from store_support import doc, event

HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">'
HOSTILE_SENTENCE = 'RUS and <script>window.__pwned=2</script> met <b onmouseover="window.__pwned=3">here</b>.'

ARTICLES = [
    ("2024-01-10", ["RUS 163 UKR 2024-01-09", "UKR 111 RUS 2024-01-09", "USA 057 UKR 2024-01-08"]),
    ("2024-01-11", ["RUS 163 UKR 2024-01-09"]),
    ("2024-02-20", ["UKR 111 RUS 2024-02-19", "RUS 190 UKR 2024-02-18"]),
    ("2025-07-04", ["RUS 054 AFG 2025-07-03"]),
    ("2025-07-10", ["RUS 054 AFG 2025-07 month", "CHN 051 AFG 2025-07-09"]),
]


def _coder(document):
    lines = document.text.splitlines()
    if lines and lines[0].startswith("<script>"):  # the hostile article: markup in every text field
        e = event(document.id, 1, "RUS", "042", "IRN", "2025-03-04")
        start = document.text.index("RUS and")
        hostile = ActorRef(id="X", primary="IRN", code="IRN", name=HOSTILE_NAME, mention=HOSTILE_NAME)
        return [dataclasses.replace(e, target=hostile, evidence={"text": HOSTILE_SENTENCE, "start": start,
                                                                   "end": start + len(HOSTILE_SENTENCE)},
                                    rule='<svg onload="window.__pwned=4">',
                                    location={"name": "Kyiv", "country": "UKR", "lat": None, "lon": None})]
    out = []
    for n, line in enumerate(lines[1:], 1):
        e = event(document.id, n, *line.split()[:4], *line.split()[4:5])
        start = document.text.index(line)  # the line itself is the evidence sentence
        e = dataclasses.replace(e, evidence={"text": line, "start": start, "end": start + len(line)})
        if e.code == "111":
            e = dataclasses.replace(e, location={"name": "Kharkiv", "country": "UKR", "lat": None, "lon": None})
        out.append(e)
    return out


HOSTILE_TITLE = "<script>window.__pwned=5</script> Hostile title"
HOSTILE_PUBLISHER = "<script>window.__pwned=8</script> Herald"


def hostile_text() -> str:
    return (f"{HOSTILE_TITLE}\n"
            f"An intro line.\n{HOSTILE_SENTENCE}\nThe end <iframe src=\"javascript:alert(1)\"></iframe>.")


def build_store(path) -> None:
    conn = connect(path)
    docs = [doc(f"Article {i}\n" + "\n".join(lines), published) for i, (published, lines) in enumerate(ARTICLES)]
    docs.append(document_from_text(hostile_text(), dt.date(2025, 3, 5), url="javascript:alert(6)", title=HOSTILE_TITLE,
                                   publisher=HOSTILE_PUBLISHER))
    ingest(conn, docs, _coder, "v1")
    conn.close()


def wait_for_server(base: str, proc, tries: int = 300) -> None:
    """Until ``dragoman serve`` (``proc``) answers at ``base``; a test failure if it ends or never does."""
    import time
    import urllib.request

    import pytest

    for _ in range(tries):
        try:
            urllib.request.urlopen(base + "/api/v1/codebook", timeout=1)
            return
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"dragoman serve ended: {proc.stdout.read().decode()}")
            time.sleep(0.1)
    pytest.fail("dragoman serve did not start")
