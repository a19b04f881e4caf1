"""Property-based tests: the text, HTML and feed readers never crash, and offsets stay in bounds."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dragoman.errors import InputError
from dragoman.ingest import decode, document_from_text, read_sources
from dragoman.ingest.feed import documents_from_feed
from dragoman.ingest.html import document_from_html
from dragoman.ingest.htmltext import html_to_text
from dragoman.model import Document

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
LINES = st.lists(st.sampled_from(["", "By Ann Writer", "March 4, 2025", "Share this", "3 comments",
                                  "Ann Writer is a reporter.", "© 2025 News", "Peru voted.", "Chile voted on Monday.",
                                  "Related posts", "A title"]) | st.text(max_size=60), max_size=14)
TAGS = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<style>", "</style>",
                        "<nav>", "</nav>", "<iframe src='x'>", "</iframe>", "<br>", "<!--", "-->", "<h1>",
                        "</h1>", "&amp;", "&#0;", "&lt;", "<![CDATA[", "]]>", "<", ">"])
MARKUP = st.lists(TAGS | st.text(max_size=20), max_size=40).map("".join)


@FAST
@given(LINES.map("\n".join))
def test_text_documents_keep_their_body_inside_the_text(text):
    doc = document_from_text(text)
    end = len(doc.text) if doc.body_end is None else doc.body_end
    assert 0 <= doc.body_start <= end <= len(doc.text)


@FAST
@given(st.binary(max_size=300))
def test_decode_gives_text_or_an_input_error(data):
    try:
        assert isinstance(decode(data, "x"), str)
    except InputError as exc:
        assert str(exc).startswith("x: ")


@FAST
@given(MARKUP)
@example("<p><p><script></script>\x1f")  # control characters: lxml refuses them
def test_html_reader_gives_a_document_for_any_markup(markup):
    doc = document_from_html(markup, "x.html")
    end = len(doc.text) if doc.body_end is None else doc.body_end
    assert 0 <= doc.body_start <= end <= len(doc.text)


@FAST
@given(MARKUP)
def test_stripped_html_holds_no_script_text(markup):
    text = html_to_text(f"{markup}<script>SECRET()</script>{markup}")
    assert "SECRET" not in text or "SECRET" in markup


@FAST
@given(st.lists(st.text(max_size=40), max_size=4), st.lists(TAGS | st.text(max_size=10), max_size=10).map("".join))
def test_feed_reader_gives_documents_or_errors(titles, junk):
    items = "".join(f"<item><title>{t}</title><description>{junk}{t}</description></item>" for t in titles)
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>c</title>{items}</channel></rss>'
    try:
        for item in documents_from_feed(feed.encode("utf-8", "surrogatepass"), "f.rss"):
            assert isinstance(item, (Document, InputError))
    except InputError:
        pass


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.html", "a.rss", "a.jsonl", "a.xml", "a.bin"]))
def test_any_bytes_in_any_file_give_documents_or_input_errors(tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    for item in read_sources([str(path)]):
        assert isinstance(item, (Document, InputError))
