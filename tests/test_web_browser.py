"""The pages in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

They load every page, use the filters, follow an event to its evidence, move the
recognition date and see the board change, and check a hostile article runs no script.
Screenshots go to build/screenshots/. Without Chromium (or Playwright) these tests
skip, except under CI (the CI environment variable set), where they fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from web_support import build_store, wait_for_server

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _unavailable(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests must run under CI: {why}")
    pytest.skip(why)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "browser.db"
    build_store(db)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "dragoman", "serve", "--db", str(db), "--port", str(port),
                             "--rate", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(base, proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        _unavailable("chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("request", lambda r: pg.problems.append(f"remote request {r.url}")
          if not r.url.startswith(("http://127.0.0.1", "data:", "about:")) else None)
    yield pg
    context.close()


def _shot(pg, name: str) -> None:
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


@pytest.mark.parametrize("name, url, heading", [
    ("events", "/events", "Events"), ("event", "/events/1", "Demonstrate"),
    ("timeline", "/timeline?a=RUS&b=UKR", "Russia"), ("recognition", "/recognition?entity=AFG&as_of=2025-07-20", "AFG"),
    ("relations", "/relations?as_of=2024-12-31", "Relations"), ("documents", "/documents", "Documents"),
    ("api-docs", "/api/v1/docs", "API"),
])
def test_every_page_loads_without_errors(server, page, name, url, heading):
    response = page.goto(server + url)
    assert response.status == 200
    assert heading.lower() in page.locator("h1").inner_text().lower() or name == "event"
    _shot(page, name)
    assert page.problems == []  # no script errors, no CSP violations, nothing fetched from elsewhere


def test_the_timeline_draws_both_directions(server, page):
    page.goto(server + "/timeline?a=RUS&b=UKR")
    assert page.locator("svg.chart rect.bar.d0").count() == 2 and page.locator("svg.chart rect.bar.d1").count() == 2
    assert page.locator("#timeline-events tbody tr").count() == 4


def test_the_filters_narrow_the_events(server, page):
    page.goto(server + "/events")
    everything = page.locator("#events-table tbody tr").count()
    page.fill("input[name=source]", "RUS")
    page.select_option("select[name=root]", "16")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**/events?*")
    rows = page.locator("#events-table tbody tr")
    assert 0 < rows.count() < everything
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert cells.nth(1).inner_text().startswith("RUS") and cells.nth(2).inner_text().startswith("16")
    assert page.locator("select[name=root]").input_value() == "16"
    assert page.locator("#total strong").inner_text() == str(rows.count())
    _shot(page, "events-filtered")
    assert page.problems == []


def test_an_event_leads_to_its_evidence_in_the_article(server, page):
    page.goto(server + "/events?code=054")
    page.locator("#events-table tbody tr a").first.click()
    page.wait_for_url("**/events/*")
    marks = page.locator("mark.ev-this")
    assert marks.count() >= 1 and marks.first.inner_text().startswith("RUS 054 AFG")
    assert "test" in page.locator("#reports-table").inner_text()  # the rule
    _shot(page, "event-evidence")
    assert page.problems == []


def test_moving_the_recognition_date_changes_the_board(server, page):
    page.goto(server + "/recognition?entity=AFG&as_of=2025-06-30")
    before = page.locator("#board-table").inner_text()
    assert "RUS" not in before
    slider = page.locator("#history-slider")
    slider.focus()
    with page.expect_navigation():
        page.keyboard.press("End")
    assert page.locator("#as-of").input_value() == "2025-07-03"
    after = page.locator("#board-table").inner_text()
    assert "RUS" in after and after != before
    assert "2025-07-03" in page.locator("h1").inner_text()
    _shot(page, "recognition-moved")
    page.click("#previous-change")  # the same without script: the links step through the history
    assert "RUS" not in page.locator("#board-table").inner_text()
    assert page.problems == []


def test_the_map_shades_states_by_status(server, page):
    page.goto(server + "/recognition?entity=AFG&as_of=2025-07-20")
    assert page.locator('svg.map path[data-code="RUS"]').get_attribute("class") == "c s-recognizes"
    assert page.locator('svg.map path[data-code="AFG"]').get_attribute("class") == "c s-entity"
    assert page.locator('svg.map path[data-code="BRA"]').get_attribute("class") == "c s-none"


def test_a_hostile_article_runs_no_script(server, page):
    page.goto(server + "/events?code=042")
    page.locator("#events-table tbody tr a").first.click()
    page.wait_for_url("**/events/*")
    assert page.evaluate("window.__pwned === undefined")
    assert "<script>window.__pwned=2</script>" in page.locator("mark.ev-this").first.inner_text()
    assert page.locator("article img, article script, article iframe, article b").count() == 0
    page.goto(server + "/events?place=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D7%22%3E")
    page.goto(server + "/documents")
    page.locator("a", has_text="Hostile title").click()
    assert page.evaluate("window.__pwned === undefined")
    _shot(page, "hostile")
    assert [p for p in page.problems if "dialog" in p] == []
