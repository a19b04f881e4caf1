"""Hostile input, rule two: nothing touches the network without --allow-network, and with it
only public http(s) addresses, within a deadline and a size cap.

The conftest's ``no_network`` guard fails any test that opens a connection or resolves a
name; the tests that fetch from a loopback server (the only server they use) are marked
``network_ok`` and pass ``allow_private`` where they mean to reach it.
"""

from __future__ import annotations

import http.server
import threading
import time

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.errors import InputError
from dragoman.ingest import read_sources
from dragoman.ingest.fetch import FetchOptions, check_address, fetch

ARTICLE = "Sweden formally recognised Palestine on Thursday, the foreign minister said."
PAGE = f"<html><body><article><p>{ARTICLE}</p></article></body></html>".encode()


def test_an_html_file_holding_a_bare_url_is_not_fetched(tmp_path, no_network):
    (tmp_path / "a.html").write_text("http://169.254.169.254/latest/meta-data/")
    (tmp_path / "b.html").write_text("https://news.example/2024/05/29/story.html")
    (tmp_path / "good.txt").write_text(ARTICLE)
    start = time.monotonic()
    items = list(read_sources([str(tmp_path)]))
    assert time.monotonic() - start < 10 and not no_network
    assert sum(not isinstance(i, InputError) for i in items) >= 1


def test_an_html_page_whose_date_search_would_fetch_is_read_offline(tmp_path, no_network):
    (tmp_path / "a.html").write_text("<html><head><link rel='canonical' href='http://127.0.0.1:9/x'></head>"
                                     f"<body><p>{ARTICLE}</p></body></html>")
    [doc] = read_sources([str(tmp_path / "a.html")])
    assert ARTICLE in doc.text and not no_network


@pytest.mark.parametrize("content", [b"/dev/zero", b"/etc/passwd", b"file:///etc/passwd",
                                     b"http://127.0.0.1:9/feed.xml"])
def test_a_feed_whose_content_is_a_path_or_url_is_not_opened(tmp_path, content, no_network):
    (tmp_path / "f.rss").write_bytes(content)
    start = time.monotonic()
    [item] = read_sources([str(tmp_path / "f.rss")])
    assert time.monotonic() - start < 5
    assert isinstance(item, InputError) and "not an RSS or Atom feed" in str(item)
    assert not no_network


def test_a_url_without_allow_network_opens_no_socket(no_network):
    result = CliRunner().invoke(main, ["code", "http://10.0.0.1/a.html", "https://news.example/b"])
    assert result.exit_code == 1 and result.stderr.count("--allow-network") == 2 and not no_network


@pytest.mark.parametrize("address", ["127.0.0.1", "::1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                                     "fe80::1", "224.0.0.251", "240.0.0.1", "0.0.0.0", "::ffff:127.0.0.1", "fc00::1"])
def test_private_loopback_link_local_multicast_and_reserved_addresses_are_refused(address):
    with pytest.raises(OSError, match="dragoman fetches only public"):
        check_address(address)
    check_address(address, allow_private=True)


def test_public_addresses_are_allowed():
    for address in ("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"):
        check_address(address)


def test_schemes_other_than_http_are_refused():
    for url in ("ftp://example.org/a", "file:///etc/passwd", "gopher://x/"):
        with pytest.raises(InputError, match="not an http or https URL"):
            fetch(url)


class _Handler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - the server's name for it
        self.hits.append(self.path)
        if self.path == "/ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/x")
            self.end_headers()
        elif self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                try:
                    self.wfile.write(b"a")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.2)
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b"x" * 65536)
            except OSError:
                return
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)


@pytest.fixture
def server():
    _Handler.hits = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", _Handler.hits
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.network_ok
def test_a_loopback_server_is_refused_after_resolution_and_never_reached(server):
    base, hits = server
    [item] = read_sources([f"{base}/a"], allow_network=True)
    assert isinstance(item, InputError) and "loopback" in str(item) and "--allow-private-network" in str(item)
    localhost = base.replace("127.0.0.1", "localhost")  # a name that resolves to loopback
    [named] = read_sources([f"{localhost}/a"], allow_network=True)
    assert isinstance(named, InputError) and "loopback" in str(named)
    assert hits == []


@pytest.mark.network_ok
def test_the_override_fetches_from_a_private_address(server):
    base, hits = server
    [doc] = read_sources([f"{base}/a"], allow_network=True, fetch_options=FetchOptions(allow_private=True))
    assert ARTICLE in doc.text and hits == ["/a"]
    result = CliRunner().invoke(main, ["ingest", "--db", ":memory:", f"{base}/a", "--allow-network",
                                       "--allow-private-network"])
    assert result.exit_code == 0 and "1 new" in result.output


@pytest.mark.network_ok
def test_a_redirect_to_ftp_is_refused(server):
    base, hits = server
    with pytest.raises(InputError, match="redirects to a ftp: URL"):
        fetch(f"{base}/ftp", FetchOptions(allow_private=True))
    assert hits == ["/ftp"]


@pytest.mark.network_ok
def test_a_drip_feed_is_cut_at_the_total_deadline(server):
    base, _ = server
    start = time.monotonic()
    with pytest.raises(InputError, match="took over 1 s"):
        fetch(f"{base}/drip", FetchOptions(allow_private=True, deadline=1.0))
    assert time.monotonic() - start < 4


@pytest.mark.network_ok
def test_a_response_over_the_size_cap_is_refused(server):
    base, _ = server
    with pytest.raises(InputError, match="over 1 MB"):
        fetch(f"{base}/big", FetchOptions(allow_private=True, max_bytes=2**20))
