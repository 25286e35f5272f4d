"""Benchmark: the web map's first view and panning with 10,000 and 1,000,000 events, in headless Debian chromium.

For each size, a temporary SQLite store is filled in bulk (synthetic documents, places over
northern Iraq, events over 90 days, a few control claims), the app is served with uvicorn on
127.0.0.1, and its start-up warm-up (event frame, control timeline, basemap) is timed. Then
each run opens the map in a fresh browser context and reads the page's
"frontwatch-markers-drawn" mark (navigation start -> clusters, list, control areas,
histogram and basemap drawn), then pans 12 times by 300 px and times each pan until the
clusters and the list are redrawn. The baseline, measured in the same run, is the same page
over an empty store (Leaflet, the basemap and the page's own requests, no events).
Usage:
    .venv/bin/python bench/map_load_bench.py [--events 10000 1000000] [--runs 3] [--pans 12]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from frontwatch.api import create_app
from frontwatch.settings import Settings
from frontwatch.store import Store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
TYPES = (("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Violence against civilians", "Attack"),
         ("Protests", "Peaceful protest"), ("Strategic developments", "Looting/property destruction"))
ACTORS = ("Military Forces of Testland", "Northern Liberation Front", "Civilians (Testland)", "Protesters (Testland)")
START = date(2014, 6, 1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fill(store: Store, events: int, seed: int = 42) -> float:
    """Bulk-insert `events` synthetic events (500 per document) with places, actors and control claims."""
    rng = random.Random(seed)
    started = time.perf_counter()
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.executemany("INSERT INTO actors (id, name, aliases, inter_code, country, kind, needs_review) "
                        "VALUES (?, ?, '[]', ?, 'Testland', 'other', 0)",
                        [(i + 1, name, i + 1) for i, name in enumerate(ACTORS)])
        places = max(50, min(20_000, events // 20))
        cur.executemany("INSERT INTO places (id, name, latitude, longitude, country, admin1, population, feature, "
                        "geo_precision, aliases) VALUES (?, ?, ?, ?, 'Iraq', ?, ?, 'populated place', 1, '[]')",
                        [(i + 1, f"Town {i}", round(rng.uniform(33.0, 37.0), 5), round(rng.uniform(41.0, 46.0), 5),
                          f"Province {i % 9}", rng.randrange(500, 400_000)) for i in range(places)])
        docs = max(1, events // 500)
        cur.executemany("INSERT INTO documents (id, origin, title, source, published, text, ingested_at, warnings) "
                        "VALUES (?, ?, ?, ?, ?, '', '2026-01-01 00:00:00', '[]')",
                        [(f"bench{d:08d}", f"bench/{d}.txt", f"Bench report {d}", f"Outlet {d % 12}",
                          (START + timedelta(days=d % 90)).isoformat()) for d in range(docs)])
        batch = []
        for i in range(events):
            event_type, sub = TYPES[rng.randrange(len(TYPES))]
            day = (START + timedelta(days=rng.randrange(90))).isoformat()
            dead = rng.choice((None, 0, 1, 3, 12))
            batch.append((f"bench{i % docs:08d}", 0, 40, f"Synthetic bench event {i}.", ("confirmed", "reported",
                          "claimed")[i % 3], event_type, sub, rng.randrange(2) + 1, rng.choice((None, 1, 2, 3)),
                          rng.randrange(places) + 1, day, day, dead, dead))
            if len(batch) == 50_000 or i == events - 1:
                cur.executemany(
                    "INSERT INTO events (doc_id, evidence_start, evidence_end, evidence_text, certainty, event_type, "
                    "sub_event_type, actor1_id, actor2_id, assoc_actors, place_id, date_start, date_end, "
                    "time_precision, fatalities_low, fatalities_high, notes) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, 1, ?, ?, '[]')", batch)
                batch = []
        cur.executemany("INSERT INTO control_claims (doc_id, evidence_start, evidence_end, evidence_text, certainty, "
                        "actor_id, place_id, status, as_of) VALUES (?, 0, 30, 'A synthetic control claim.', "
                        "'reported', ?, ?, ?, ?)",
                        [(f"bench{k % docs:08d}", k % 2 + 1, k * 7 + 1, ("controls", "contested")[k % 2],
                          (START + timedelta(days=80 + k % 9)).isoformat()) for k in range(min(40, places // 7))])
        raw.commit()
    finally:
        raw.close()
    return time.perf_counter() - started


def _serve(store: Store) -> tuple[uvicorn.Server, threading.Thread, int, float]:
    port = _free_port()
    started = time.perf_counter()
    app = create_app(Settings(database_url=store.url), store=store)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    warming = app.state.map.start_warming()
    while not server.started:
        time.sleep(0.05)
    warming.join()
    return server, thread, port, time.perf_counter() - started


def _measure(browser, url: str, pans: int) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 850}, bypass_csp=True)  # Playwright's waits eval
    page = context.new_page()
    page.goto(url, wait_until="commit")
    page.wait_for_function("window.frontwatch && window.frontwatch.isReady()", timeout=300_000, polling=20)
    timing = page.evaluate("""() => {
        const mark = performance.getEntriesByName('frontwatch-markers-drawn')[0];
        return {drawn: mark.startTime, total: window.frontwatch.totalEvents(), shown: window.frontwatch.shownEvents(),
                clusters: window.frontwatch.clusters().length};
    }""")
    moves = [page.evaluate(f"window.frontwatch.timedPan({dx}, {dy})")
             for dx, dy in [(300, 0), (0, 300), (-300, 0), (0, -300)] * (pans // 4)]
    context.close()
    return {**timing, "pans": moves}


def _loadavg() -> str:
    return "/".join(f"{v:.2f}" for v in os.getloadavg())


def bench(events: int, runs: int, pans: int, browser) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store("sqlite:///" + str(Path(tmp) / "bench.db"))
        fill_s = fill(store, events) if events else 0.0
        server, thread, port, warm_s = _serve(store)
        try:
            results = [_measure(browser, f"http://127.0.0.1:{port}/", pans) for _ in range(runs)]
        finally:
            server.should_exit = True
            thread.join(timeout=20)
            store.close()
    return {"events": events, "fill_s": fill_s, "warm_s": warm_s, "runs": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pans", type=int, default=12)
    parser.add_argument("--json", type=Path, help="Also write the raw figures here.")
    args = parser.parse_args()
    load_before = _loadavg()
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        baseline = bench(0, args.runs, args.pans, browser)
        for size in args.events:
            rows.append(bench(size, args.runs, args.pans, browser))
        browser.close()
    load_after = _loadavg()
    base = statistics.median(r["drawn"] for r in baseline["runs"][1:] or baseline["runs"])
    print(f"# map load bench — load average {load_before} before, {load_after} after (1/5/15 min)\n")
    print("| events | store fill s | server warm-up s | first view ms (run 1, cold browser) | first view ms "
          "(median of warm runs) | × empty-store page | pan p50 ms | pan p95 ms | clusters drawn |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in [baseline, *rows]:
        first = row["runs"][0]["drawn"]
        warm = statistics.median(r["drawn"] for r in row["runs"][1:] or row["runs"])
        pans = sorted(p for r in row["runs"] for p in r["pans"])
        p95 = pans[min(len(pans) - 1, int(round(0.95 * (len(pans) - 1))))] if pans else float("nan")
        print(f"| {row['events']:,} | {row['fill_s']:.1f} | {row['warm_s']:.1f} | {first:.0f} | {warm:.0f} | "
              f"{warm / base:.2f} | {statistics.median(pans) if pans else float('nan'):.0f} | {p95:.0f} | "
              f"{row['runs'][0]['clusters']} |")
    if args.json:
        args.json.write_text(json.dumps({"baseline": baseline, "sizes": rows, "load": [load_before, load_after]}))


if __name__ == "__main__":
    main()
