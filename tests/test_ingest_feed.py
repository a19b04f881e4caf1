"""RSS and Atom feeds: one document per entry; entity bombs refused, not expanded."""

import datetime as dt
import time

import feedparser

from dragoman.errors import InputError
from dragoman.ingest import read_sources

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>World desk</title><link>https://desk.example/</link>
<item><title>Sweden recognises Palestine</title><link>https://desk.example/sweden</link>
<pubDate>Tue, 28 May 2024 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Sweden formally recognised Palestine on Thursday.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Chile recalls envoy</title><link>https://desk.example/chile</link>
<pubDate>Mon, 27 May 2024 12:00:00 GMT</pubDate>
<description>Chile recalled its ambassador from Argentina on Monday.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Dispatches</title><id>urn:x</id><updated>2024-06-05T00:00:00Z</updated>
<entry><title>Slovenia recognises Palestine</title><id>urn:1</id><link href="https://d.example/slovenia"/>
<updated>2024-06-05T08:00:00Z</updated><summary>Short.</summary>
<content type="html">&lt;p&gt;Slovenia formally recognised Palestine on Tuesday.&lt;/p&gt;&lt;p&gt;Israel condemned the move.&lt;/p&gt;</content>
</entry></feed>
"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY a "Sweden recognised Palestine. ">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
<!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
<!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>bomb</title><link>https://x.example/1</link><description>&i;</description></item></channel></rss>
"""


def _read(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(read_sources([str(path)]))


def test_rss_gives_one_document_per_entry_with_link_title_and_date(tmp_path):
    docs = _read(tmp_path, "world.rss", RSS)
    assert [d.title for d in docs] == ["Sweden recognises Palestine", "Chile recalls envoy"]
    assert [d.url for d in docs] == ["https://desk.example/sweden", "https://desk.example/chile"]
    assert docs[0].published == dt.date(2024, 5, 28) and docs[0].published_basis == "metadata"
    assert docs[0].source.endswith("world.rss#1") and docs[1].source.endswith("world.rss#2")


def test_rss_entry_html_becomes_text_without_scripts(tmp_path):
    first = _read(tmp_path, "world.rss", RSS)[0]
    assert first.text.strip() == "Sweden formally recognised Palestine on Thursday."


def test_atom_entry_content_is_preferred_to_its_summary(tmp_path):
    [doc] = _read(tmp_path, "feed.atom", ATOM)
    assert doc.text.splitlines() == ["Slovenia formally recognised Palestine on Tuesday.",
                                     "Israel condemned the move."]
    assert doc.url == "https://d.example/slovenia" and doc.published == dt.date(2024, 6, 5)


def test_feed_entries_are_coded(tmp_path, ctx):
    from dragoman.coder import code_document
    first = _read(tmp_path, "world.xml", RSS)[0]
    assert [(e.source.primary, e.target.primary, e.code) for e in code_document(first, ctx).events] == [
        ("SWE", "PSE", "054")]


def test_feed_with_an_entity_bomb_is_refused(tmp_path):
    [item] = _read(tmp_path, "bomb.rss", BOMB)
    assert isinstance(item, InputError) and "bomb.rss" in str(item) and "ENTITY" in str(item)


def test_feedparser_itself_does_not_expand_entities():
    start = time.perf_counter()
    parsed = feedparser.parse(BOMB.encode())
    assert time.perf_counter() - start < 5
    assert all(len(e.get("summary", "")) < 10_000 for e in parsed.entries)


def test_xml_that_is_not_a_feed_is_reported(tmp_path):
    [item] = _read(tmp_path, "data.xml", "<?xml version='1.0'?><catalog><book>x</book></catalog>")
    assert isinstance(item, InputError) and "not an RSS or Atom feed" in str(item)


def test_feed_entry_without_text_is_reported_and_the_others_read(tmp_path):
    feed = RSS.replace("<description>Chile recalled its ambassador from Argentina on Monday.</description>", "")
    items = _read(tmp_path, "world.rss", feed)
    assert items[0].title == "Sweden recognises Palestine"
    assert isinstance(items[1], InputError) and "world.rss#2" in str(items[1]) and "no text" in str(items[1])
