"""Folders, globs, .gz, stdin, URLs, language and footers: where documents come from and what is coded."""

import gzip
import io
import json
import sys
import urllib.request

import pytest

from dragoman.errors import InputError
from dragoman.ingest import SkippedInput, document_from_text, read_sources

ARTICLE = "Spain formally recognised Palestine on Tuesday.\n"
FRENCH = ("Le gouvernement français a annoncé mardi que la France reconnaîtrait l'État de Palestine lors de "
          "l'Assemblée générale des Nations unies en septembre, une décision critiquée par Israël.\n")


def _tree(root):
    (root / "2024" / "may").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(ARTICLE)
    (root / "2024" / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    (root / "2024" / "may" / "c.jsonl").write_text(json.dumps({"id": "c1", "text": ARTICLE}) + "\n")
    (root / "2024" / "notes.docx").write_bytes(b"PK\x03\x04")
    (root / ".git" / "HEAD.txt").write_text(ARTICLE)
    (root / ".hidden.txt").write_text(ARTICLE)
    return root


def _sources(items):
    return [i.source.split("/")[-1] for i in items]


def test_folders_are_read_recursively_in_order_skipping_hidden_and_unknown_files(tmp_path):
    items = list(read_sources([str(_tree(tmp_path))]))
    assert _sources(items) == ["a.txt", "b.html", "c.jsonl:1"]


def test_include_globs_choose_the_files_in_folders(tmp_path):
    items = list(read_sources([str(_tree(tmp_path))], include=["*.html", "*.jsonl"]))
    assert _sources(items) == ["b.html", "c.jsonl:1"]


def test_exclude_globs_drop_files_and_folders(tmp_path):
    items = list(read_sources([str(_tree(tmp_path))], exclude=["2024/may"]))
    assert _sources(items) == ["a.txt", "b.html"]
    assert _sources(read_sources([str(tmp_path)], exclude=["*.txt"])) == ["b.html", "c.jsonl:1"]


def test_an_empty_folder_is_reported(tmp_path):
    [item] = read_sources([str(tmp_path)])
    assert isinstance(item, InputError) and "no files to read" in str(item)


def test_gz_files_are_read_by_their_inner_type(tmp_path):
    path = tmp_path / "page.html.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(f"<html><body><p>{ARTICLE}</p><script>x()</script></body></html>")
    [doc] = read_sources([str(path)])
    assert doc.text.strip() == ARTICLE.strip()


def test_a_broken_gz_file_is_reported(tmp_path):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00broken")
    [item] = read_sources([str(path)])
    assert isinstance(item, InputError) and "gzip" in str(item)


def test_stdin_is_read_and_its_type_sniffed(monkeypatch):
    page = f"<!DOCTYPE html><html><body><p>{ARTICLE}</p><script>x()</script></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    [doc] = read_sources(["-"])
    assert doc.source == "-" and doc.text.strip() == ARTICLE.strip()


def test_urls_are_refused_without_allow_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the network was used")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    [item] = read_sources(["https://news.example/a"])
    assert isinstance(item, InputError) and "--allow-network" in str(item)


def test_urls_are_fetched_with_allow_network(monkeypatch):
    from dragoman.ingest import load

    page = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
    monkeypatch.setattr(load, "fetch", lambda url, options: (page, "text/html"))
    [doc] = read_sources(["https://news.example/a"], allow_network=True)
    assert doc.text.strip() == ARTICLE.strip() and doc.source == "https://news.example/a"


def test_non_english_text_is_skipped_not_failed(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH)
    [item] = read_sources([str(path)])
    assert isinstance(item, SkippedInput) and "fr.txt" in str(item) and "not in English" in str(item)


def test_short_text_is_not_judged_for_language():
    from dragoman.ingest.language import guess_english
    assert guess_english("Peru voted.").english


def test_text_footer_is_not_coded():
    text = ("March 4, 2025\n\nA title\n\nBy Ann Writer\n\nPeru voted.\n\nChile voted.\n\n"
            "Ann Writer is a correspondent in Lima.\n\n12 comments\n\nSpain attacked Peru, says a commenter.\n")
    doc = document_from_text(text)
    assert doc.text[doc.body_start:doc.body_end].split() == ["Peru", "voted.", "Chile", "voted."]


@pytest.mark.parametrize("footer", ["Share this", "Subscribe to our newsletter", "Related posts",
                                    "© 2025 Example News", "Copyright 2025 Example News. All rights reserved."])
def test_tail_markers_end_the_body(footer):
    body = "Peru voted on Monday.\n\nChile voted on Tuesday.\n\nBolivia voted on Wednesday.\n\n"
    doc = document_from_text(body + footer + "\n\nMore links here.\n")
    assert doc.text[doc.body_start:doc.body_end] == body


def test_a_related_line_early_in_a_long_article_is_not_a_footer():
    text = "Peru voted on Monday.\n\nRelated\n\n" + "Chile voted on Tuesday.\n\n" * 5
    assert document_from_text(text).body_end is None


def test_jsonl_title_line_at_the_top_is_not_coded(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": "Spain acts\n" + ARTICLE, "title": "Spain acts"}) + "\n")
    [doc] = read_sources([str(path)])
    assert doc.text[doc.body_start:] == ARTICLE


def test_paths_may_be_path_objects(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    [doc] = read_sources([path])
    assert doc.text == ARTICLE
