"""Property-based fuzzing of every reader and of ingest (Hypothesis).

Three properties, on files built from hostile fragments (markup, feeds, JSON, entity
declarations, surrogates, huge numbers, control bytes, calendar edges, URLs and paths)
and from raw bytes, in every type the readers know, plain or gzipped:

1. reading never raises: each item is a Document or an InputError naming the file;
2. ingest stores every document that can be stored (stored + recorded failures = read);
3. the store passes ``dragoman check`` afterwards, and no command prints a traceback.

The ``dragoman-ci`` profile (the default) runs in about a minute; ``make fuzz`` runs the
``dragoman-fuzz`` profile (HYPOTHESIS_PROFILE=fuzz), many times longer.
"""

from __future__ import annotations

import functools
import gzip
import os
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dragoman.cli import main
from dragoman.errors import InputError
from dragoman.ingest import read_sources
from dragoman.ingest.text import normalized_id
from dragoman.model import Document
from dragoman.store import check, connect, ingest, recent

settings.register_profile("dragoman-ci", max_examples=250, deadline=None, derandomize=False,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("dragoman-fuzz", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PROFILE = settings.get_profile("dragoman-fuzz" if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else "dragoman-ci")
N = PROFILE.max_examples  # the ingest test's examples; the others scale from it

FRAGMENTS = [
    "Sweden recognised Palestine on Monday.", "Chile condemned Peru yesterday.", "In 9999, Peru voted.",
    "KABUL, July 4 (Reuters) - ", "By Ann Writer", "\u00a9 2025 News", "0001-01-01", "9999-12-31",
    "last week", "two days later", "<script>", "</script>", "<style>", "<p>", "</p>", "<html><body>",
    "<!ENTITY x 'y'>", "<!DOCTYPE rss [", "]>", "<rss version='2.0'><channel><item><description>",
    "</description></item></channel></rss>", "<feed xmlns='http://www.w3.org/2005/Atom'><entry><content>",
    "</content></entry></feed>", '{"text": "', '", "published": "0001-01-01"}', '"}', '{"id": ' + "9" * 4400 + "}",
    "\\ud800", "\ud800", "\udcff", "\x00", "\x1b[31m", "\x07", "\u200d", "\u200c", "\ufeff", "\r\n", "\n",
    "&amp;", "&#0;", "&#xD800;", "&bogus;", "http://127.0.0.1/", "/dev/zero", "file:///etc/passwd",
    "<![CDATA[", "<!--", "-->", "<?xml version='1.0' encoding='utf-16'?>", "U.S.", "al-Shabaab", "Xi's",
    "=HYPERLINK(1)", "\t", "[" * 60, "\u202e", "\U0001F468\u200d\U0001F469",
    # the publisher's keys and fields (issue 11): JSON keys of every type, a page's site name, a feed's title
    '", "publisher": "', '", "source": [1, "', '", "outlet": 7, "media": {"a": "', '", "url": "//1.2.3.4:99/',
    '<meta property="og:site_name" content="', '">', "<title>", "</title>", " " * 300, "xn--p1ai.co.ke",
]
SUFFIXES = [".txt", ".md", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml", ".jsonl", ".ndjson", ".dat"]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=40).map("".join)


def _encode(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", "surrogatepass")
    return text.encode(how, "replace")


contents = st.one_of(
    st.tuples(texts, st.sampled_from(["utf-8", "utf-8", "utf-16", "utf-32", "cp1252", "latin-1"])).map(
        lambda t: _encode(*t)),
    st.binary(max_size=3000),
)
files = st.tuples(contents, st.sampled_from(SUFFIXES), st.booleans())


def _write(folder: Path, index: int, spec: tuple[bytes, str, bool]) -> Path:
    data, suffix, gz = spec
    path = folder / f"f{index}{suffix}{'.gz' if gz else ''}"
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


@functools.lru_cache(maxsize=1)
def _coder():
    from dragoman.cli.store import _coder as make

    return make(())


@settings(PROFILE, max_examples=3 * N)
@given(spec=files)
def test_reading_any_file_never_raises(spec):
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), 0, spec)
        start = time.monotonic()
        items = list(read_sources([str(path)]))
        assert time.monotonic() - start < 30
    assert items
    for item in items:
        assert isinstance(item, (Document, InputError))
        if isinstance(item, Document):
            assert item.text.strip() and 0 <= item.body_start <= len(item.text)
            item.text.encode("utf-8")  # storable: no lone surrogate survives reading
        else:
            assert str(path.name) in str(item) or path.name.removesuffix(".gz") in str(item)


@settings(PROFILE, max_examples=N)
@given(specs=st.lists(files, min_size=1, max_size=6))
def test_ingest_stores_what_can_be_stored_and_the_store_stays_sound(specs):
    code, version = _coder()
    with tempfile.TemporaryDirectory() as folder:
        paths = [_write(Path(folder), i, spec) for i, spec in enumerate(specs)]
        read = [i for i in read_sources([folder]) if isinstance(i, Document)]
        conn = connect(Path(folder) / "s.db")
        summary = ingest(conn, read_sources([folder]), code, version, batch_size=3)
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        later = [f for f in recent(conn) if f.stage != "read"]
        assert paths and stored + len(later) == len({normalized_id(d.text) for d in read}) == summary.new + len(later)
        assert all(result == "ok" for _, result in check(conn))
        conn.close()


@settings(PROFILE, max_examples=N // 5)
@given(specs=st.lists(files, min_size=1, max_size=4))
def test_the_commands_never_print_a_traceback(specs):
    with tempfile.TemporaryDirectory() as folder:
        for i, spec in enumerate(specs):
            _write(Path(folder), i, spec)
        db = str(Path(folder) / "s.db")
        runner = CliRunner()
        for args in (["code", folder, "--format", "csv"], ["ingest", "--db", db, folder], ["check", "--db", db],
                     ["events", "--db", db, "--search", "U.S. al-Shabaab"], ["failures", "--db", db]):
            result = runner.invoke(main, args)
            assert "Traceback" not in result.output and (result.exception is None or isinstance(result.exception, SystemExit)), \
                (args, result.output[-500:])
            assert result.exit_code in (0, 1), (args, result.output[-500:])
        assert runner.invoke(main, ["check", "--db", db]).exit_code == 0
