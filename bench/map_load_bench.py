"""Benchmark: first load of the web map with 10,000 events in headless Debian chromium.

Fills a temporary SQLite store with synthetic events, serves the app with uvicorn on
127.0.0.1 (a free port), and times navigation start → the page's
"frontwatch-markers-drawn" performance mark (every event fetched from /events, drawn on
the canvas, control and basemap loaded). Run 1 is cold (the server builds the country
outlines on first request); later runs are warm. Usage:
    .venv/bin/python bench/map_load_bench.py [--events 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from frontwatch.api import create_app
from frontwatch.api.synthetic import synthetic_extractions
from frontwatch.settings import Settings
from frontwatch.store import Store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fill(store: Store, events: int) -> float:
    started = time.perf_counter()
    for extraction in synthetic_extractions(events, per_document=50, seed=42, days=90):
        store.save(extraction)
    return time.perf_counter() - started


def _measure(page, url: str) -> dict:
    page.goto(url, wait_until="commit")
    page.wait_for_function("window.frontwatch && window.frontwatch.isReady()", timeout=120_000, polling=50)
    timing = page.evaluate("""() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const mark = performance.getEntriesByName('frontwatch-markers-drawn')[0];
        return {dom: nav.domContentLoadedEventEnd, drawn: mark.startTime,
                shown: window.frontwatch.shownEvents(), total: window.frontwatch.totalEvents()};
    }""")
    return timing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store("sqlite:///" + str(Path(tmp) / "bench.db"))
        fill_seconds = _fill(store, args.events)
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(Settings(database_url=store.url), store=store),
                                               host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        rows = []
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
                for run in range(1, args.runs + 1):
                    context = browser.new_context(viewport={"width": 1400, "height": 850}, bypass_csp=True)
                    page = context.new_page()
                    rows.append((run, _measure(page, f"http://127.0.0.1:{port}/")))
                    context.close()
                browser.close()
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            store.close()
    print(f"store filled with {args.events} events in {fill_seconds:.1f} s")
    print(f"{'run':>3} {'cache':>5} {'events drawn':>12} {'DOMContentLoaded ms':>20} {'markers drawn ms':>17}")
    for run, t in rows:
        print(f"{run:>3} {'cold' if run == 1 else 'warm':>5} {t['shown']:>12} {t['dom']:>20.0f} {t['drawn']:>17.0f}")


if __name__ == "__main__":
    main()
