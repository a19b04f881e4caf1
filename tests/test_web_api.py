"""The HTTP API through the framework's test client: every endpoint, its filters and its errors."""

from __future__ import annotations

import csv
import io
import json
import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from dragoman.errors import DragomanError  # noqa: E402
from dragoman.web import Settings, create_app  # noqa: E402
from web_support import HOSTILE_NAME, HOSTILE_PUBLISHER, build_store  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.db"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(Settings(db=str(db), rate=0))) as c:
        yield c


def _codes(body):
    return [(e["source"]["primary"], e["code"], e["target"]["primary"]) for e in body["events"]]


def _bad(response, parameter):
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert parameter in error["message"]
    assert any(p["name"] == parameter for p in error["parameters"])


def test_events_lists_clustered_events_in_date_order_with_a_total(client):
    body = client.get("/api/v1/events").json()
    assert body["total"] == body["count"] == 8
    dates = [e["date"] for e in body["events"]]
    assert dates == sorted(dates)
    assert body["next_cursor"] is None


def test_events_takes_every_cli_filter(client):
    get = lambda **q: client.get("/api/v1/events", params=q).json()  # noqa: E731
    assert _codes(get(source="RUS", target="UKR")) == [("RUS", "163", "UKR"), ("RUS", "190", "UKR")]
    assert {e["target"]["primary"] for e in get(actor="afg")["events"]} == {"AFG"}
    assert _codes(get(root="05")) == [("USA", "057", "UKR"), ("RUS", "054", "AFG"), ("CHN", "051", "AFG")]
    assert _codes(get(code="054")) == [("RUS", "054", "AFG")]
    assert len(get(since="2025-01-01")["events"]) == 3
    assert _codes(get(until="2024-01-31", source="UKR")) == [("UKR", "111", "RUS")]
    assert _codes(get(search="USA 057 UKR")) == [("USA", "057", "UKR")]
    assert get(reports="true")["total"] == 10


def test_events_filter_by_country_place_quad_class_and_goldstein(client):
    get = lambda **q: client.get("/api/v1/events", params=q).json()  # noqa: E731
    assert {e["code"] for e in get(country="UKR")["events"]} == {"111", "042"}
    assert _codes(get(place="kharkiv")) == [("UKR", "111", "RUS"), ("UKR", "111", "RUS")]
    assert {e["quad_class"] for e in get(quad_class=4)["events"]} == {4}
    assert get(quad_class=4)["total"] == 4
    assert sorted(e["goldstein"] for e in get(goldstein_min=3, goldstein_max=6.5)["events"]) == [3.4, 6.0]
    assert _codes(get(goldstein_max=-9)) == [("RUS", "190", "UKR")]


def test_events_pages_by_cursor_until_every_event_is_seen_once(client):
    seen, url, pages = [], "/api/v1/events?limit=3", 0
    while url:
        body = client.get(url).json()
        assert body["total"] == 8
        seen += [e["id"] for e in body["events"]]
        url, pages = body["next"], pages + 1
    assert pages == 3 and len(seen) == len(set(seen)) == 8
    assert seen == [e["id"] for e in client.get("/api/v1/events").json()["events"]]


@pytest.mark.parametrize("query, parameter", [
    ("since=2025-13-01", "since"), ("until=yesterday", "until"), ("limit=0", "limit"), ("limit=5000", "limit"),
    ("quad_class=7", "quad_class"), ("goldstein_min=-11", "goldstein_min"), ("root=5x", "root"),
    ("code=abc", "code"), ("source=<script>", "source"), ("cursor=not-a-cursor", "cursor"),
    ("goldstein_min=5&goldstein_max=1", "goldstein_min"), ("since=2025-02-01&until=2025-01-01", "since"),
    ("search=%22%22", "search"), ("reports=maybe", "reports"),
])
def test_a_bad_events_parameter_is_a_422_naming_it(client, query, parameter):
    _bad(client.get(f"/api/v1/events?{query}"), parameter)


def test_one_event_has_its_reports_evidence_offsets_documents_rule_and_date_basis(client):
    first = client.get("/api/v1/events", params={"source": "RUS", "target": "UKR", "code": "163"}).json()["events"][0]
    body = client.get(f"/api/v1/events/{first['id']}").json()
    assert body["mentions"] == len(body["reports"]) == 2
    assert {r["rule"] for r in body["reports"]} == {"test"}
    assert {r["date_basis"] for r in body["reports"]} == {"test"}
    for report in body["reports"]:
        assert report["evidence"]["text"].startswith("RUS 163 UKR") and report["evidence"]["start"] > 0
    assert [d["id"] for d in body["documents"]] == [r["doc_id"] for r in body["reports"]]
    assert all("title" in d and "text" not in d for d in body["documents"])


def test_a_missing_event_is_404_and_a_bad_id_422(client):
    assert client.get("/api/v1/events/9999").status_code == 404
    _bad(client.get("/api/v1/events/abc"), "event_id")


def test_timeline_counts_both_directions_by_month_and_year(client):
    body = client.get("/api/v1/timeline", params={"a": "RUS", "b": "UKR"}).json()
    rows = {(r["period"], r["source"]): r["events"] for r in body["periods"]}
    assert rows == {("2024-01", "RUS"): 1, ("2024-01", "UKR"): 1, ("2024-02", "RUS"): 1, ("2024-02", "UKR"): 1}
    years = client.get("/api/v1/timeline", params={"a": "rus", "b": "ukr", "by": "year"}).json()
    assert {(r["period"], r["source"]): r["events"] for r in years["periods"]} == {("2024", "RUS"): 2, ("2024", "UKR"): 2}
    _bad(client.get("/api/v1/timeline", params={"a": "RUS", "b": "UKR", "by": "week"}), "by")
    _bad(client.get("/api/v1/timeline", params={"a": "RUS"}), "b")


def test_relations_as_of_a_date(client):
    body = client.get("/api/v1/relations", params={"as_of": "2024-12-31"}).json()
    edges = {(e["source"], e["target"]): e["events"] for e in body["edges"]}
    assert edges[("RUS", "UKR")] == 2 and ("RUS", "AFG") not in edges
    _bad(client.get("/api/v1/relations"), "as_of")
    _bad(client.get("/api/v1/relations", params={"as_of": "2024-12-31", "window": 0}), "window")


def test_recognition_as_of_a_date_with_history_and_evidence(client):
    body = client.get("/api/v1/recognition/AFG", params={"as_of": "2025-07-20"}).json()
    russia = next(r for r in body["board"] if r["primary"] == "RUS")
    assert russia["status"] == "recognizes" and russia["since"] == "2025-07-03"
    assert any(ev.get("text", "").startswith("RUS 054 AFG") for ev in russia["evidence"])
    change = next(h for h in body["history"] if h["primary"] == "RUS" and h["status"] == "recognizes")
    assert change["evidence"] and change["known"] <= "2025-07-20"
    before = client.get("/api/v1/recognition/AFG", params={"as_of": "2025-07-01"}).json()
    assert "RUS" not in {r["primary"] for r in before["board"]}
    assert before["history"] == body["history"]
    _bad(client.get("/api/v1/recognition/NOWHERE"), "entity")
    _bad(client.get("/api/v1/recognition/AFG", params={"as_of": "2025-02-30"}), "as_of")


def test_actors_search_and_resolve(client):
    found = client.get("/api/v1/actors", params={"q": "taliban"}).json()["actors"]
    assert "TALIBAN" in {a["id"] for a in found}
    states = client.get("/api/v1/actors", params={"type": "state", "country": "FRA"}).json()["actors"]
    ids = [a["id"] for a in states]  # France and the territories whose primary code is FRA
    assert "FRA" in ids and "NCL" in ids and "DEU" not in ids and all(a["primary"] == "FRA" for a in states)
    resolved = client.get("/api/v1/actors/resolve", params={"text": "Vladimir Putin", "date": "2020-01-01"}).json()
    assert resolved["actors"][0]["primary"] == "RUS"
    _bad(client.get("/api/v1/actors", params={"type": "planet"}), "type")
    _bad(client.get("/api/v1/actors/resolve"), "text")


def test_codebook_and_its_root_filter(client):
    codes = client.get("/api/v1/codebook", params={"root": "05"}).json()["codes"]
    assert {c["root"] for c in codes} == {"05"}
    assert next(c for c in codes if c["code"] == "054")["goldstein"] == 6.0
    _bad(client.get("/api/v1/codebook", params={"root": "5"}), "root")


def test_documents_list_search_and_one(client):
    docs = client.get("/api/v1/documents").json()["documents"]
    assert len(docs) == 6 and all("text" not in d for d in docs)
    hits = client.get("/api/v1/documents", params={"search": "Hostile title"}).json()["documents"]
    assert len(hits) == 1
    one = client.get(f"/api/v1/documents/{hits[0]['id']}").json()
    assert "Hostile title" in one["text"] and one["reports"][0]["code"] == "042"
    assert one["publisher"] == hits[0]["publisher"] == HOSTILE_PUBLISHER  # the outlet is shown with the document
    assert {d["publisher"] for d in docs} == {None, HOSTILE_PUBLISHER}
    assert client.get("/api/v1/documents/nope").status_code == 404
    _bad(client.get("/api/v1/documents", params={"limit": 0}), "limit")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_downloads_give_every_matching_event(client, fmt):
    response = client.get("/api/v1/events/download", params={"format": fmt, "actor": "UKR", "limit": 1})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(response.text)))
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in response.text.splitlines()]
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(io.BytesIO(response.content)).to_pylist()
    assert len(rows) == 5  # limit is a page size, not a cap on the download
    assert sorted(str(r["id"]) for r in rows) == sorted(
        str(e["id"]) for e in client.get("/api/v1/events", params={"actor": "UKR"}).json()["events"])


def test_download_in_an_unknown_format_is_a_422(client):
    _bad(client.get("/api/v1/events/download", params={"format": "xlsx"}), "format")


def test_download_streams_in_pages(db):
    from dragoman.store import Filters, connect_readonly, iter_events

    conn = connect_readonly(db)
    everything = list(iter_events(conn, Filters(), size=3))
    assert len(everything) == 8 and len({e["id"] for e in everything}) == 8
    assert [e["id"] for e in iter_events(conn, Filters(limit=4), size=3)] == [e["id"] for e in everything[:4]]


def test_openapi_and_docs_page_list_every_endpoint(client):
    schema = client.get("/api/v1/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/events/download", "/api/v1/timeline",
            "/api/v1/relations", "/api/v1/recognition/{entity}", "/api/v1/actors", "/api/v1/actors/resolve",
            "/api/v1/codebook", "/api/v1/documents", "/api/v1/documents/{doc_id}"} <= paths
    page = client.get("/api/v1/docs").text
    assert all(path in page for path in paths)
    assert "cdn" not in page.lower() and "https://" not in page


def test_every_response_carries_the_content_security_policy(client):
    for url in ("/events", "/api/v1/events", "/api/v1/events/9999", "/static/style.css"):
        policy = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert client.get(url).headers["x-content-type-options"] == "nosniff"


def test_the_app_reads_the_store_read_only(client):
    import sqlite3

    with client.app.state.reader.reading() as conn:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM documents")


def test_hostile_text_is_escaped_in_pages(client):
    hostile = client.get("/api/v1/events", params={"code": "042"}).json()["events"][0]
    assert hostile["target"]["name"] == HOSTILE_NAME  # stored as it came, escaped when shown
    for url in ("/events", f"/events/{hostile['id']}", f"/documents/{hostile['documents'][0]}",
                "/events?place=%3Cscript%3Ealert(1)%3C/script%3E", "/timeline?a=RUS&b=IRN"):
        page = client.get(url).text
        assert "<script>window" not in page and "<img src=x" not in page and "<b onmouseover" not in page
        assert "<script>alert" not in page and "<svg onload" not in page and "<iframe" not in page
    event_page = client.get(f"/events/{hostile['id']}").text
    assert "&lt;script&gt;window.__pwned=2&lt;/script&gt;" in event_page
    assert "&lt;script&gt;window.__pwned=8&lt;/script&gt; Herald" in event_page  # the publisher, escaped
    assert client.get(f"/api/v1/events/{hostile['id']}").json()["documents"][0]["publisher"] == HOSTILE_PUBLISHER
    assert 'href="javascript:' not in event_page


def test_a_bad_page_parameter_is_a_422_page_naming_it(client):
    response = client.get("/events?since=nope")
    assert response.status_code == 422 and "text/html" in response.headers["content-type"]
    assert "since" in response.text


def test_ingest_is_off_by_default(client):
    assert client.get("/ingest").status_code == 404
    assert client.post("/ingest", data={"token": "x", "text": "x"}).status_code in (404, 405)


def test_ingest_needs_a_token(db):
    with pytest.raises(DragomanError, match="token"):
        create_app(Settings(db=str(db), allow_ingest=True))


def test_ingest_with_the_token_codes_and_stores_pasted_text(tmp_path):
    path = tmp_path / "in.db"
    build_store(path)
    with TestClient(create_app(Settings(db=str(path), allow_ingest=True, token="s3cret", rate=0))) as c:
        before = c.get("/api/v1/events?reports=true").json()["total"]
        assert c.post("/ingest", data={"token": "wrong", "text": "Russia recognised the Taliban."}).status_code == 403
        text = "Moscow move\nRussia formally recognised the Taliban government of Afghanistan on Thursday."
        response = c.post("/ingest", data={"token": "s3cret", "text": text, "published": "2025-07-04"})
        assert response.status_code == 200 and "1 new" in response.text
        found = c.get("/api/v1/documents", params={"search": "Moscow move"}).json()["documents"]
        assert found and found[0]["n_events"] >= 1
        assert c.get("/api/v1/events?reports=true").json()["total"] > before  # no answer kept from before


def test_requests_over_the_size_limit_are_refused(db):
    with TestClient(create_app(Settings(db=str(db), allow_ingest=True, token="t", max_body=2000, rate=0))) as c:
        response = c.post("/ingest", data={"token": "t", "text": "x" * 5000})
        assert response.status_code == 413


def test_clients_over_the_rate_limit_get_429(db):
    with TestClient(create_app(Settings(db=str(db), rate=1, burst=3))) as c:
        codes = [c.get("/api/v1/codebook").status_code for _ in range(6)]
    assert codes[:3] == [200, 200, 200] and 429 in codes[3:]


def test_a_missing_store_is_said_plainly(tmp_path):
    with TestClient(create_app(Settings(db=str(tmp_path / "none.db"), rate=0))) as c:
        response = c.get("/api/v1/events")
    assert response.status_code == 503 and "no store" in response.json()["error"]["message"]


def test_serve_refuses_a_missing_store_and_ingest_without_a_token(tmp_path, db):
    from click.testing import CliRunner

    from dragoman.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store" in result.output
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--allow-ingest"], env={"DRAGOMAN_TOKEN": None})
    assert result.exit_code == 1 and "token" in result.output


def test_a_busy_pool_says_so_instead_of_waiting_for_ever(db):
    from dragoman.errors import StoreError
    from dragoman.web.store import Reader

    reader = Reader(db, size=1)
    held = reader.acquire()
    with pytest.raises(StoreError, match="busy"):
        reader.acquire(timeout=0.05)
    reader.release(held)
    with reader.reading() as conn:
        assert conn.execute("SELECT count(*) FROM clusters").fetchone()[0] == 8
