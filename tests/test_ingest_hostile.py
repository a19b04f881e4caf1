"""Hostile input: each bad file gives one clear line naming it, and the good files are still coded."""

import json
import time

from click.testing import CliRunner

from dragoman.cli import main
from dragoman.coder import code_document
from dragoman.errors import InputError
from dragoman.ingest import MAX_BYTES, MAX_CODED_CHARS, document_from_text, read_sources

GOOD = "Sweden formally recognised Palestine on Thursday.\n"
SENTENCE = "Chile recalled its ambassador from Israel and the minister said talks would go on. "
BOMB = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + ']><rss version="2.0"><channel><item><title>t</title><description>&i;</description></item></channel></rss>')


def _hostile(folder):
    """Write every hostile case into ``folder``; returns {file name: words its error line must hold}."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (folder / "broken.txt").write_bytes(b"Peru voted \x81\x8d on Monday.")
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 2**20)
    (folder / "scripts.html").write_text("<html><body>" + "<script>var a = 1;</script><iframe src='x'></iframe>" * 500
                                         + "</body></html>")
    (folder / "bomb.rss").write_text(BOMB)
    (folder / "docs.jsonl").write_text("{not json\n")
    (folder / "blank.html").write_text("<html><body><div> </div></body></html>")
    return {"empty.txt": "empty", "binary.txt": "binary", "broken.txt": "offset 11", "huge.txt": "16 MB",
            "scripts.html": "no text", "bomb.rss": "ENTITY", "docs.jsonl:1": "not valid JSON",
            "blank.html": "no text"}


def _decodable(folder):
    """Files that are odd but readable: UTF-16/32 with BOM, Windows-1252, deep HTML."""
    (folder / "u16.txt").write_bytes("Kenya recognised Kosovo on Monday.".encode("utf-16"))
    (folder / "u32.txt").write_bytes("Kenya recognised Kosovo on Tuesday.".encode("utf-32"))
    (folder / "cp1252.txt").write_bytes("Peru recalled its ambassador \u2013 the \u201cfinal\u201d step.".encode("cp1252"))
    (folder / "deep.html").write_text("<html><body>" + "<div>" * 5000 + f"<p>{GOOD}</p>" + "</div>" * 5000 + "</body></html>")
    (folder / "line.txt").write_text(_line(10 * 2**20))


def _line(size):
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size]


def test_every_hostile_file_gets_one_line_and_the_good_ones_are_coded(tmp_path):
    """Includes a 10 MB single line, coded up to the per-document limit in bounded time."""
    expected = _hostile(tmp_path)
    _decodable(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD)
    result = CliRunner().invoke(main, ["code", str(tmp_path), "--published", "2024-05-29", "--format", "jsonl"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = result.stderr.splitlines()
    for name, words in expected.items():
        [line] = [e for e in errors if f"/{name}:" in e and not e.startswith("dragoman: note:")]
        assert words in line, line
    coded = {json.loads(line)["evidence"]["text"] for line in result.stdout.splitlines()}
    assert {"Sweden formally recognised Palestine on Thursday.", "Kenya recognised Kosovo on Monday.",
            "Kenya recognised Kosovo on Tuesday.", SENTENCE.strip()} <= coded
    assert any("line.txt" in e and "only the first 1,000,000" in e for e in errors)
    assert errors[-1].startswith("dragoman: 14 documents: 6 coded, 0 skipped, 8 failed (")


def test_summary_counts_skips_with_their_reason(tmp_path):
    (tmp_path / "fr.txt").write_text("Le gouvernement français a annoncé mardi que la France reconnaîtrait "
                                     "l'État de Palestine en septembre, une décision critiquée par Israël.")
    (tmp_path / "good.txt").write_text(GOOD)
    result = CliRunner().invoke(main, ["code", str(tmp_path), "--published", "2024-05-29"])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1] == "dragoman: 2 documents: 1 coded, 1 skipped (not English: 1), 0 failed"


def test_include_and_exclude_reach_the_cli(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["code", str(tmp_path), "--exclude", "b.*", "--published", "2024-05-29"])
    assert result.exit_code == 0 and "1 coded" in result.stderr
    result = CliRunner().invoke(main, ["code", str(tmp_path), "--include", "b.*"])
    assert result.exit_code == 1 and "b.txt: file is empty" in result.stderr


def test_urls_need_allow_network_on_the_cli():
    result = CliRunner().invoke(main, ["code", "https://news.example/story"])
    assert result.exit_code == 1 and "--allow-network" in result.stderr


def test_utf32_with_bom_is_decoded(tmp_path):
    _decodable(tmp_path)
    [doc] = read_sources([str(tmp_path / "u32.txt")])
    assert doc.text == "Kenya recognised Kosovo on Tuesday."


def test_fifty_megabytes_are_refused_unread_naming_the_limit(tmp_path):
    _hostile(tmp_path)
    start = time.perf_counter()
    [item] = read_sources([str(tmp_path / "huge.txt")])
    assert time.perf_counter() - start < 1
    assert isinstance(item, InputError) and "50.0 MB" in str(item) and f"{MAX_BYTES // 2**20} MB" in str(item)


def test_a_ten_megabyte_line_is_read_whole_and_coded_in_part(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text(_line(10 * 2**20))
    notes = []
    [doc] = read_sources([str(path)], on_note=notes.append)
    assert len(doc.text) == 10 * 2**20 and MAX_CODED_CHARS - len(SENTENCE) < doc.body_end <= MAX_CODED_CHARS
    assert doc.text[doc.body_end - 1] == "."  # cut after a sentence, not inside a word
    assert len(notes) == 1 and "only the first 1,000,000 are coded" in str(notes[0])


def test_coding_stops_at_the_body_end(ctx):
    doc = document_from_text(_line(5000))
    doc.body_end = 2 * len(SENTENCE)
    assert [e.evidence["end"] <= doc.body_end for e in code_document(doc, ctx).events] == [True, True]


def test_a_run_on_line_without_sentence_ends_is_bounded(tmp_path, ctx):
    path = tmp_path / "runon.txt"
    path.write_text(("Chile and Peru and the ministers of Bolivia " * 30_000)[:1_200_000])
    start = time.perf_counter()
    [doc] = read_sources([str(path)], on_note=lambda note: None)
    code_document(doc, ctx)
    assert time.perf_counter() - start < 30 and doc.body_end <= MAX_CODED_CHARS


def test_a_reader_crash_becomes_an_input_error(tmp_path, monkeypatch):
    import dragoman.ingest.html as html

    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(html, "document_from_html", broken)
    (tmp_path / "a.html").write_text(f"<p>{GOOD}</p>")
    (tmp_path / "b.txt").write_text(GOOD)
    items = list(read_sources([str(tmp_path / "a.html"), str(tmp_path / "b.txt")]))
    assert isinstance(items[0], InputError) and "KeyError" in str(items[0]) and items[1].text == GOOD
