"""The web map in a real browser (Debian chromium via Playwright): markers, slider, evidence panel."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from frontwatch.api import create_app
from frontwatch.api.synthetic import synthetic_extractions
from frontwatch.settings import Settings
from frontwatch.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's /usr/bin/chromium"),
]


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_in_thread(app, port: int):
    """Start uvicorn on 127.0.0.1:port in a daemon thread; returns the server (set should_exit to stop)."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    return server, thread


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    store = Store("sqlite:///" + str(tmp_path_factory.mktemp("web") / "web.db"))
    for extraction in synthetic_extractions(40, seed=9):
        store.save(extraction)
    port = free_port()
    server, thread = serve_in_thread(create_app(Settings(database_url=store.url), store=store), port)
    yield f"http://127.0.0.1:{port}", store
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def page(site):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 850}, bypass_csp=True)  # eval in wait_for_function
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(site[0]) else None)
        page.goto(site[0] + "/")
        page.wait_for_function("window.frontwatch && window.frontwatch.isReady()", timeout=30_000)
        page.outside_requests = outside
        yield page
        browser.close()


def test_map_shows_every_stored_event_without_outside_requests(page, site):
    assert page.evaluate("window.frontwatch.totalEvents()") == 40
    assert page.evaluate("window.frontwatch.shownEvents()") == 40
    assert "40 of 40 events shown" in page.inner_text("#count")
    assert page.outside_requests == []
    assert page.locator(".leaflet-overlay-pane canvas").count() >= 1


def test_moving_the_slider_back_shows_fewer_events(page):
    slider = page.locator("#slider")
    full = int(slider.get_attribute("max"))
    slider.fill(str(full // 2))
    page.wait_for_function("window.frontwatch.shownEvents() < 40")
    shown = page.evaluate("window.frontwatch.shownEvents()")
    assert 0 < shown < 40
    slider.fill("0")
    page.wait_for_function(f"window.frontwatch.shownEvents() < {shown}")
    slider.fill(str(full))
    page.wait_for_function("window.frontwatch.shownEvents() === 40")


def test_type_filter_hides_other_types(page):
    page.select_option("#filter-type", "Battles")
    shown = page.evaluate("window.frontwatch.shownEvents()")
    assert 0 < shown < 40
    page.select_option("#filter-type", "")
    assert page.evaluate("window.frontwatch.shownEvents()") == 40


def test_clicking_a_marker_shows_its_evidence(page, site):
    _base, store = site
    fact = page.evaluate("window.frontwatch.shownIds()")[-1]  # drawn last, so on top
    expected = store.fact(fact).evidence_text
    point = page.evaluate(f"window.frontwatch.markerPoint('{fact}')")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#evidence-text")
    shown = page.inner_text("#evidence-text")
    assert shown.strip() == expected.strip()
    assert page.inner_text("#panel-body").count("Certainty") == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map.png"))
