"""The publisher's home state (issue 11): read from each input form, resolved by the outlets
table, the outlet's name, its web address or several outlets, and used as the last fallback
state of a report's generic actors. Outlet names here are made up; the places are real."""

import datetime as dt
import json

import pytest

from dragoman.coder import code_document
from dragoman.errors import KnowledgeBaseError
from dragoman.evaluate import load_gold
from dragoman.ingest import read_sources
from dragoman.ingest.jsonl import line_document
from dragoman.ingest.text import document_from_text
from dragoman.knowledge.publishers import INTERNATIONAL, Publishers, country_domains, load_publishers

DAY = dt.date(2025, 3, 12)

TABLE = """# a test table
id\tname\taliases\tdomains\tcountry\tscope\tprovenance
wire\tGlobal Wire Agency\tGWA\tgwa.example\t-\tinternational\ttest
ledger\tThe Morning Ledger\tLedger|ML\tledger.example.com\tGHA\tnational\ttest
beacon\tBeacon\t\tbeacon.example\tSEN\tnational\ttest
"""


@pytest.fixture(scope="module")
def table(tmp_path_factory, ctx):
    path = tmp_path_factory.mktemp("pub") / "publishers.tsv"
    path.write_text(TABLE, encoding="utf-8")
    return load_publishers(path, country_domains(ctx.kb))


def _home(table, ctx, publisher=None, url=None):
    return table.home(publisher, url, ctx.kb, ctx.gazetteer)


# ---- ingest -----------------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["publisher", "outlet", "site_name", "media", "source"])
def test_jsonl_reads_each_publisher_key(key):
    doc = line_document(json.dumps({"text": "Police fired tear gas.", key: "Radio Kisumu"}), "f:1", None)
    assert doc.publisher == "Radio Kisumu"


def test_jsonl_publisher_key_wins_over_source_and_lists_are_joined():
    doc = line_document(json.dumps({"text": "x y", "source": "B", "publisher": "A"}), "f:1", None)
    assert doc.publisher == "A"
    doc = line_document(json.dumps({"text": "x y", "media": ["A", "B", 3]}), "f:1", None)
    assert doc.publisher == "A; B"
    doc = line_document(json.dumps({"text": "x y", "source": {"name": "A"}}), "f:1", None)
    assert doc.publisher is None  # not a string: not read
    assert document_from_text("x y").publisher is None  # plain text: no publisher


def test_html_reads_site_name(tmp_path):
    body = "<p>" + "Police fired tear gas at traders in the market on Monday. " * 5 + "</p>"
    for meta in ('property="og:site_name"', 'name="application-name"', 'name="publisher"'):
        page = tmp_path / "a.html"
        page.write_text(f'<html><head><meta {meta} content="Radio Kisumu"><title>t</title></head>'
                        f"<body><article>{body}</article></body></html>", encoding="utf-8")
        [doc] = read_sources([str(page)])
        assert doc.publisher == "Radio Kisumu", meta


def test_feed_reads_channel_title(tmp_path):
    feed = tmp_path / "f.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Radio Kisumu</title>'
                    "<item><title>t</title><link>https://radio.example.co.ke/a</link>"
                    "<description>Police fired tear gas at traders.</description></item></channel></rss>",
                    encoding="utf-8")
    [doc] = read_sources([str(feed)])
    assert doc.publisher == "Radio Kisumu" and doc.url == "https://radio.example.co.ke/a"


def test_gold_items_carry_publisher_and_url(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "1", "text": "x", "events": [], "publisher": "P", "url": "https://a.ng/x"})
                    + "\n" + json.dumps({"id": "2", "text": "y", "events": []}) + "\n", encoding="utf-8")
    first, second = load_gold(gold)
    assert (first.publisher, first.url) == ("P", "https://a.ng/x")
    assert (second.publisher, second.url) == (None, None)


# ---- resolution -------------------------------------------------------------------------------

def test_table_by_name_alias_and_domain(table, ctx):
    assert _home(table, ctx, "The Morning Ledger") == "GHA"
    assert _home(table, ctx, "morning ledger") == "GHA"  # case and a leading "the" folded
    assert _home(table, ctx, "ML") == "GHA"
    assert _home(table, ctx, url="https://www.ledger.example.com/news/1") == "GHA"
    assert _home(table, ctx, "Beacon - English") == "SEN"  # an edition after a dash


def test_international_outlets_give_no_state(table, ctx):
    assert table.of_name("Global Wire Agency") == INTERNATIONAL
    assert _home(table, ctx, "GWA") is None
    assert _home(table, ctx, url="https://gwa.example/story") is None
    assert _home(table, ctx, "Radio Kenya International") is None  # a word of international reach
    assert _home(table, ctx, "GWA (Nairobi)") is None  # the newsroom's city is not what it covers


def test_name_gives_country_demonym_or_city(table, ctx):
    assert _home(table, ctx, "Kenya Herald") == "KEN"
    assert _home(table, ctx, "The Ghanaian Bugle") == "GHA"
    assert _home(table, ctx, "Radio Bamenda") == "CMR"
    assert _home(table, ctx, "The Bugle (Mombasa)") == "KEN"  # a trailing parenthesis
    assert _home(table, ctx, "Daily Star") is None  # the press's words are no place
    assert _home(table, ctx, "The Daily Bugle") is None
    assert _home(table, ctx, "New York Bugle") == "USA"  # the longest name: never "York" alone (GBR)
    assert _home(table, ctx, "Kenya Bugle (London)") is None  # two states named: none


def test_table_format_columns_comment_multi_state_rows_and_clashes(tmp_path, ctx):
    path = tmp_path / "p.tsv"
    path.write_text("# provenance: a test\n# columns: id\tname\taliases\tdomains\tcountry\tscope\tcity\n"
                    "a\tHausa Service\t\thausa.example\tNGA|NER\tinternational\t\n"
                    "b\tThe Courier\tTC\tcourier.example\tGHA\tnational\tAccra\n"
                    "c\tCourier\tTC\t\tZMB\tnational\tLusaka\n"
                    "d\tThe Lamp\t\tlamp.example\tKEN\tlocal\tKisumu\n", encoding="utf-8")
    table = load_publishers(path, country_domains(ctx.kb))
    assert table.of_name("Hausa Service") == INTERNATIONAL  # a service for several states
    assert table.of_name("The Courier") is None and table.of_name("TC") is None  # two states: dropped
    assert table.of_name("The Lamp") == "KEN" and table.of_url("https://courier.example/x") == "GHA"
    assert _home(table, ctx, "Kenya Herald; Hausa Service") == "KEN"
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tname\taliases\tdomains\tcountry\n x\tY\t\t\tKenya\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        load_publishers(bad)


def test_name_gives_a_division_written_as_named(table, ctx):
    assert _home(table, ctx, "Borno Bugle") == "NGA"
    assert _home(table, ctx, "Radio Punjab") is None  # Pakistan's and India's
    assert _home(table, ctx, "Ariana Bugle") is None  # only a short form of "Ariana Governorate"


def test_a_near_spelling_of_a_table_name(table, ctx):
    assert _home(table, ctx, "The Morning Ledgers") == "GHA"
    assert _home(table, ctx, "The Morning Ledge") == "GHA"
    assert table.of_name("Global Wire Agenci") == INTERNATIONAL
    assert _home(table, ctx, "Ledgers") is None  # too short to be read loosely


def test_parenthesis_tells_namesakes_apart(table, ctx):
    assert _home(table, ctx, "Beacon (Ghana)") == "GHA"


def test_country_code_domains(table, ctx):
    assert _home(table, ctx, url="https://www.example.co.ke/story") == "KEN"
    assert _home(table, ctx, url="http://news.example.ng/a") == "NGA"
    assert _home(table, ctx, url="https://example.co.uk/a") == "GBR"
    for vanity in ("tv", "fm", "io", "me", "co", "ai", "cc", "ws"):
        assert _home(table, ctx, url=f"https://example.{vanity}/a") is None, vanity
    assert _home(table, ctx, url="https://example.com/a") is None
    assert _home(table, ctx, url="not a url at all") is None
    # the name and the address disagree: a syndicated page, no state
    assert _home(table, ctx, "Kenya Herald", "https://example.ng/a") is None
    assert _home(table, ctx, "Kenya Herald", "https://example.co.ke/a") == "KEN"


def test_several_publishers(table, ctx):
    assert _home(table, ctx, "Kenya Herald; GWA") == "KEN"  # the international one left out
    assert _home(table, ctx, "Kenya Herald; Radio Mombasa") == "KEN"
    assert _home(table, ctx, "Kenya Herald; The Morning Ledger") is None  # two states
    assert _home(table, ctx, "GWA; Global Wire Agency") is None


def test_shipped_table_loads(ctx):
    assert isinstance(ctx.publishers, Publishers)
    assert ctx.publishers.by_name  # the shipped table has rows
    assert all(v == INTERNATIONAL or (len(v) == 3 and ctx.kb.state(v) is not None)
               for v in ctx.publishers.by_name.values())


# ---- the coder's last fallback ----------------------------------------------------------------

def _events(ctx, text, publisher=None, url=None):
    doc = code_document(document_from_text(text, DAY, publisher=publisher, url=url), ctx)
    return doc.events


def test_roles_only_take_the_publishers_state(ctx):
    text = "Three masked gunmen on a pickup shot dead two customs officers."
    assert not any("KEN" in (e.source.primary, e.target.primary) for e in _events(ctx, text))
    events = _events(ctx, text, publisher="Kenya Herald")
    assert events and all(e.source.primary == "KEN" for e in events)
    assert events[0].source.id == "PUBLISHER:KEN"  # the record says where the state came from
    assert _events(ctx, text, url="https://www.example.co.ke/a")[0].source.id == "PUBLISHER:KEN"


def test_protest_with_roles_only(ctx):
    events = _events(ctx, "Hundreds of traders protested against new market fees.", publisher="Radio Bamenda")
    assert any(e.root == "14" and e.source.primary == "CMR" for e in events)


@pytest.mark.parametrize("text", [
    "Gunmen attacked Cameroonian soldiers near the border.",
    "Police in Kano fired tear gas at protesters.",
    "Protesters marched in Banki.",  # a place the text names, though not in the publisher's state
])
def test_a_state_the_text_names_is_never_overridden(ctx, text):
    assert not any("KEN" in (e.source.primary, e.target.primary) for e in _events(ctx, text, "Kenya Herald"))


def test_a_shared_place_name_is_read_in_the_publishers_state(ctx):
    [event] = _events(ctx, "Protesters marched in Banki.", publisher="Borno Bugle (Maiduguri)")
    assert event.source.primary == "NGA" and event.location["country"] == "NGA"


def test_no_act_no_event(ctx):
    assert _events(ctx, "Residents gathered for the annual harvest festival.", publisher="Kenya Herald") == []
    assert _events(ctx, "Teachers said the school term will start in May.", publisher="Kenya Herald") == []


def test_the_store_keeps_the_publisher_for_recoding(tmp_path):
    from dragoman.store import connect
    from dragoman.store.ingest import stored_document

    conn = connect(tmp_path / "s.db")
    conn.execute("INSERT INTO documents (id, text, added, publisher) VALUES ('d', 'x', 'now', 'Kenya Herald')")
    row = conn.execute("SELECT * FROM documents WHERE id = 'd'").fetchone()
    assert stored_document(row).publisher == "Kenya Herald"


# ---- the user's own outlets (--kb FILE.tsv) and addresses that are no web page ------------------

def test_a_mail_address_gives_no_state(table):
    assert table.of_url("https://www.ledger.example.com/a") == "GHA"
    assert table.of_url("desk.paper.co.ke") == "KEN"
    assert table.of_url("mailto:desk@paper.co.ke") is None
    assert table.of_url("ftp://files.paper.co.ke/x") is None


def test_a_users_outlets_file_is_laid_over_the_shipped_table(tmp_path):
    from dragoman.knowledge import load_knowledge

    mine = tmp_path / "my_outlets.tsv"
    mine.write_text("# columns: id\tname\taliases\tdomains\tcountry\n"
                    "q1\tThe Quillmouth Courier\tQuill\tquill.example\tTZA\n", encoding="utf-8")
    plain = load_knowledge().publishers
    assert plain.home("The Quillmouth Courier", None) is None
    over = load_knowledge(kb_files=(mine,)).publishers
    assert over.home("The Quillmouth Courier", None) == "TZA"
    assert over.home(None, "https://quill.example/story") == "TZA"
    assert over.home("Associated Press", None) == plain.home("Associated Press", None)  # the shipped rows stay


def test_a_users_row_wins_over_a_shipped_one(tmp_path):
    from dragoman.knowledge import load_knowledge

    plain = load_knowledge().publishers
    name = next(n for n, c in sorted(plain.by_name.items()) if c not in (INTERNATIONAL, "NOR") and len(n) > 12)
    mine = tmp_path / "mine.tsv"
    mine.write_text(f"name\taliases\tdomains\tcountry\n{name}\t\t\tNOR\n", encoding="utf-8")
    assert load_knowledge(kb_files=(mine,)).publishers.of_name(name) == "NOR"


def test_a_bad_outlets_file_names_its_file_and_line(tmp_path):
    from dragoman.knowledge import load_knowledge

    bad = tmp_path / "bad.tsv"
    bad.write_text("name\taliases\tdomains\tcountry\nSome Paper\t\t\tKENYA\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_knowledge(kb_files=(bad,))
    assert "bad.tsv" in str(err.value) and "2" in str(err.value)


def test_the_cli_reads_a_users_outlets_file(tmp_path):
    from click.testing import CliRunner

    from dragoman.cli import main as cli

    mine = tmp_path / "outlets.tsv"
    mine.write_text("name\taliases\tdomains\tcountry\nThe Quillmouth Courier\t\t\tTZA\n", encoding="utf-8")
    reports = tmp_path / "r.jsonl"
    reports.write_text(json.dumps({"id": "q", "published": "2025-03-12", "publisher": "The Quillmouth Courier",
                                   "text": "Unidentified gunmen shot dead two traders at a market on Monday."}) + "\n",
                       encoding="utf-8")
    args = ["code", str(reports), "--format", "jsonl", "--no-progress"]
    without = CliRunner().invoke(cli, args)
    with_kb = CliRunner().invoke(cli, [*args, "--kb", str(mine)])
    assert with_kb.exit_code == 0, with_kb.output
    states = {json.loads(line)["source"]["primary"] for line in with_kb.output.splitlines() if line.startswith("{")}
    assert states == {"TZA"}
    assert "TZA" not in without.output
