"""What the browser tests share: a live server on loopback, Debian chromium, and the bundled examples as a store."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from frontwatch.api import create_app
from frontwatch.settings import Settings
from frontwatch.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TOKEN = "test-token"

needs_chromium = [
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


def open_page(playwright, url: str, ready: str = "window.frontwatch && window.frontwatch.isReady()"):
    """A chromium page at a url, waited for until the page says it is ready; records requests to elsewhere."""
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
    page = browser.new_page(viewport={"width": 1500, "height": 900}, bypass_csp=True)  # eval in wait_for_function
    outside: list[str] = []
    base = url.split("/", 3)[:3]
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith("/".join(base)) else None)
    page.goto(url)
    page.wait_for_function(ready, timeout=90_000)
    page.outside_requests = outside
    return browser, page


@pytest.fixture(scope="module")
def examples_store(extractor, tmp_path_factory):
    """The bundled example reports (examples/reports and examples/june2014) ingested and fused into SQLite."""
    from frontwatch.fuse import fuse_events
    from frontwatch.pipeline import ingest_paths

    store = Store("sqlite:///" + str(tmp_path_factory.mktemp("examples") / "examples.db"))
    ingest_paths([EXAMPLES / "reports", EXAMPLES / "june2014"], store, extractor, Settings())
    fuse_events(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def examples_site(examples_store):
    """The app over the examples store on a loopback port, writes allowed with TOKEN."""
    port = free_port()
    app = create_app(Settings(database_url=examples_store.url, api_token=TOKEN), store=examples_store)
    app.state.map.warm()  # as `frontwatch serve` does at start-up
    server, thread = serve_in_thread(app, port)
    yield f"http://127.0.0.1:{port}", examples_store
    server.should_exit = True
    thread.join(timeout=10)
