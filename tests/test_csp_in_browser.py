"""The Content-Security-Policy holds in a real browser: the map and /docs work with it enforced, no violation."""

from __future__ import annotations

import time

import pytest
from web_fixtures import CHROMIUM, CHROMIUM_ARGS, free_port, serve_in_thread

from frontwatch.api import create_app
from frontwatch.api.synthetic import synthetic_extractions
from frontwatch.settings import Settings
from frontwatch.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's /usr/bin/chromium")]

# Rendered content each page must show once its scripts ran (evaluated through the DevTools protocol, not eval).
READY = {
    "/": "window.frontwatch && window.frontwatch.isReady() ? window.frontwatch.shownEvents() : 0",
    "/docs": "document.querySelectorAll('.opblock').length",
    "/dashboard": "window.frontwatch && window.frontwatch.isReady() ? window.frontwatch.chartIds().length : 0",
}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    store = Store("sqlite:///" + str(tmp_path_factory.mktemp("csp") / "csp.db"))
    for extraction in synthetic_extractions(20, seed=4):
        store.save(extraction)
    port = free_port()
    app = create_app(Settings(database_url=store.url), store=store)
    app.state.map.warm()  # as `frontwatch serve` does at start-up: the pages are checked, not the first build
    server, thread = serve_in_thread(app, port)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.mark.parametrize("path", sorted(READY))
def test_page_works_with_the_policy_enforced_and_breaks_none_of_it(base, path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page()  # no bypass_csp: the policy is enforced
        messages: list[str] = []
        page.on("console", lambda message: messages.append(message.text))
        page.goto(base + path)
        deadline = time.monotonic() + 30
        while page.evaluate(READY[path]) == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
        shown = page.evaluate(READY[path])
        browser.close()
    violations = [m for m in messages if "Content Security Policy" in m or "Refused to" in m]
    assert violations == []
    assert shown > 0
