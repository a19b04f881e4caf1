"""HTML pages: main text and metadata; scripts, styles, navigation and footers never coded."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.errors import InputError
from dragoman.ingest import SkippedInput, read_sources

BLOG_TEXT = """Wednesday, April 5, 2023

Finland becomes NATO's 31st member

By Maria Lindqvist

Finland formally joined NATO on Tuesday, adding some 1,300 km to the frontier the alliance shares with Russia.
Turkey had ratified Finland's membership last week after months of delay.
Russia condemned the enlargement and warned Finland of countermeasures.
The United States welcomed Finland into the alliance at a ceremony in Brussels.

Maria Lindqvist writes about Nordic security for the blog.

4 comments

Great post! Russia attacked my inbox.

Share this
"""

BLOG_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Finland becomes NATO's 31st member | Northern Notes</title>
<link rel="canonical" href="https://northern-notes.example/2023/04/finland-nato">
<style>.sidebar { float: right; }</style><script>var note = "Russia attacked Estonia";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a></nav></header>
<main><article class="post">
<div class="post-date">Wednesday, April 5, 2023</div>
<h1 class="post-title">Finland becomes NATO's 31st member</h1>
<p class="byline">By Maria Lindqvist</p>
<div class="post-body">
<p>Finland formally joined NATO on Tuesday, adding some 1,300 km to the frontier the alliance shares with Russia.</p>
<p>Turkey had ratified Finland's membership last week after months of delay.</p>
<p>Russia condemned the enlargement and warned Finland of countermeasures.</p>
<p>The United States welcomed Finland into the alliance at a ceremony in Brussels.</p>
</div>
<div class="author-bio"><p>Maria Lindqvist writes about Nordic security for the blog.</p></div>
</article>
<section class="comments"><h3>4 comments</h3><p>Great post! Russia attacked my inbox.</p></section>
</main>
<footer><p>Share this</p><p>&copy; 2023 Northern Notes</p></footer>
</body></html>
"""

ARTICLE_P = ("<p>Sweden formally joined NATO on Thursday, ending two centuries of military non-alignment, "
             "the government said in a statement.</p>")


def _read(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    notes = []
    items = list(read_sources([str(path)], on_note=notes.append))
    return items, notes


def _events(doc, ctx):
    return sorted((e.source.primary, e.target.primary, e.code) for e in code_document(doc, ctx).events)


def test_blog_page_gives_the_same_events_as_its_plain_text(tmp_path, ctx):
    [page], _ = _read(tmp_path, "post.html", BLOG_HTML)
    [plain], _ = _read(tmp_path, "post.txt", BLOG_TEXT)
    assert _events(page, ctx) == _events(plain, ctx)
    assert any(source == "RUS" and target == "FIN" for source, target, _ in _events(page, ctx))


def test_blog_page_date_header_becomes_the_publication_date(tmp_path):
    [page], _ = _read(tmp_path, "post.html", BLOG_HTML)
    assert page.published == dt.date(2023, 4, 5) and page.published_basis == "header"


def test_blog_page_metadata_is_kept(tmp_path):
    [page], _ = _read(tmp_path, "post.html", BLOG_HTML)
    assert page.title == "Finland becomes NATO's 31st member"
    assert page.url == "https://northern-notes.example/2023/04/finland-nato"


def test_blog_page_header_bio_and_comments_are_not_coded(tmp_path):
    [page], _ = _read(tmp_path, "post.html", BLOG_HTML)
    body = page.text[page.body_start:page.body_end]
    assert body.startswith("Finland formally joined NATO")
    assert "Lindqvist" not in body and "inbox" not in body and "Share" not in body


def test_scripts_styles_and_navigation_are_never_text(tmp_path):
    [page], _ = _read(tmp_path, "post.html", BLOG_HTML)
    assert "Estonia" not in page.text and "float" not in page.text and "Archive" not in page.text


def test_metadata_date_is_used_when_the_page_shows_none(tmp_path):
    html = ('<html><head><title>Sweden joins NATO</title>'
            '<meta property="article:published_time" content="2024-03-07T10:00:00Z"></head>'
            f"<body><article><h1>Sweden joins NATO</h1>{ARTICLE_P}</article></body></html>")
    [page], _ = _read(tmp_path, "meta.html", html)
    assert page.published == dt.date(2024, 3, 7) and page.published_basis == "metadata"


def test_given_date_wins_over_the_page(tmp_path):
    path = tmp_path / "post.html"
    path.write_text(BLOG_HTML)
    [page] = read_sources([str(path)], dt.date(2023, 4, 6))
    assert page.published == dt.date(2023, 4, 6) and page.published_basis == "given"


def test_a_page_with_only_scripts_and_iframes_has_no_text(tmp_path):
    junk = "<script>var s = 'Sweden recognised Palestine';</script><iframe src='https://ads.example'></iframe>"
    [item], _ = _read(tmp_path, "junk.html", f"<html><head>{junk}</head><body>{junk * 300}</body></html>")
    assert isinstance(item, InputError) and "junk.html" in str(item) and "no text" in str(item)


def test_scripts_and_iframes_around_an_article_are_dropped(tmp_path):
    junk = "<script>var s = 'Sweden recognised Palestine';</script><iframe src='https://ads.example'>x</iframe>"
    [page], _ = _read(tmp_path, "mixed.html", f"<html><body>{junk * 50}<article>{ARTICLE_P}</article>{junk * 50}</body></html>")
    assert "Sweden formally joined NATO" in page.text and "Palestine" not in page.text


def test_deeply_nested_html_is_read_with_a_note(tmp_path):
    html = "<html><body>" + "<div>" * 5000 + ARTICLE_P + "</div>" * 5000 + "</body></html>"
    [page], notes = _read(tmp_path, "deep.html", html)
    assert page.text.startswith("Sweden formally joined NATO")
    assert len(notes) == 1 and "deep.html" in str(notes[0]) and "256 levels" in str(notes[0])


def test_non_english_page_is_skipped(tmp_path):
    html = ("<html><body><article><p>Le gouvernement français a annoncé mardi que la France reconnaîtrait "
            "l'État de Palestine lors de l'Assemblée générale des Nations unies en septembre, une décision "
            "vivement critiquée par le gouvernement israélien.</p></article></body></html>")
    [item], _ = _read(tmp_path, "fr.html", html)
    assert isinstance(item, SkippedInput) and "not in English" in str(item)


def test_htm_and_sniffed_html_are_read_as_html(tmp_path):
    page = f"<!DOCTYPE html><html><body><article>{ARTICLE_P}</article><script>x()</script></body></html>"
    [htm], _ = _read(tmp_path, "a.htm", page)
    [sniffed], _ = _read(tmp_path, "a.page", page)
    assert htm.text.startswith("Sweden") and sniffed.text.startswith("Sweden") and "x()" not in sniffed.text
