"""Watching feeds and folders: only new reports are ingested, and alerts reach a log, a file and a webhook."""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from frontwatch.settings import Settings
from frontwatch.sitrep.area import Area
from frontwatch.store import Store
from frontwatch.watch import Watcher, file_sink, log_sink, webhook_sink

IRAQ = Area("country", "Iraq", country="Iraq")
ITEM = """<item><title>{title}</title><link>http://127.0.0.1/{slug}</link><guid>{slug}</guid>
<pubDate>{date}</pubDate><description>{body}</description></item>"""
FIRST = dict(title="Checkpoint attacked in Kirkuk", slug="a1", date="Tue, 10 Jun 2014 08:00:00 GMT",
             body="Islamic State militants attacked an army checkpoint in Kirkuk on Monday, killing four soldiers.")
SECOND = dict(title="Car bomb in Baghdad market", slug="a2", date="Wed, 11 Jun 2014 09:00:00 GMT",
              body="A car bomb exploded in a crowded market in Baghdad on Tuesday, killing nine people, police said.")
ABROAD = dict(title="Protest in Nairobi", slug="a3", date="Wed, 11 Jun 2014 10:00:00 GMT",
              body="Thousands of teachers marched peacefully through Nairobi on Tuesday to demand higher pay.")


def rss(*items: dict) -> bytes:
    """An RSS 2.0 feed of the given items."""
    body = "".join(ITEM.format(**item) for item in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title>'
            f"<link>http://127.0.0.1/</link><description>wire</description>{body}</channel></rss>").encode()


class Loopback:
    """A feed served on 127.0.0.1 (its content can change between polls) and a webhook that records POSTs."""

    def __init__(self) -> None:
        self.feed = rss(FIRST)
        self.posted: list[dict] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.end_headers()
                self.wfile.write(owner.feed)

            def do_POST(self) -> None:  # noqa: N802
                owner.posted.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def loopback():
    server = Loopback()
    yield server
    server.close()


@pytest.fixture()
def watcher_parts(tmp_path, extractor, loopback):
    store = Store(f"sqlite:///{tmp_path / 'watch.db'}")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    alerts = tmp_path / "alerts.jsonl"
    watcher = Watcher(store, extractor, Settings(database_url=store.url), [f"{loopback.url}/feed.xml", str(inbox)],
                      IRAQ, [log_sink, file_sink(alerts), webhook_sink(f"{loopback.url}/hook")])
    yield watcher, inbox, alerts
    watcher.close()
    store.close()


def read_alerts(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_a_new_feed_entry_is_ingested_once_and_alerted_everywhere(watcher_parts, loopback, caplog):
    watcher, _inbox, alerts = watcher_parts
    with caplog.at_level(logging.WARNING, logger="frontwatch.watch"):
        first = watcher.poll()
    assert first.stored == 1 and not first.failed
    events = [a for a in first.alerts if a.kind == "event"]
    assert events and all(a.place for a in events)
    assert read_alerts(alerts) == [a.as_dict() for a in first.alerts]
    assert loopback.posted == [a.as_dict() for a in first.alerts]
    assert "ALERT event" in caplog.text

    again = watcher.poll()
    assert (again.stored, again.skipped, again.alerts) == (0, 1, [])

    loopback.feed = rss(FIRST, SECOND)
    third = watcher.poll()
    assert (third.stored, third.skipped) == (1, 1)
    assert any("Baghdad" in (a.place or "") for a in third.alerts)
    assert len(loopback.posted) == len(first.alerts) + len(third.alerts)


def test_a_report_dropped_in_a_folder_is_read_and_one_outside_the_area_raises_no_alert(watcher_parts, loopback):
    watcher, inbox, alerts = watcher_parts
    watcher.poll()
    before = len(read_alerts(alerts))
    (inbox / "nairobi.txt").write_text(f"Title: {ABROAD['title']}\nPublished: 2014-06-11\n\n{ABROAD['body']}\n")
    result = watcher.poll()
    assert result.stored == 1
    assert result.alerts == [] and len(read_alerts(alerts)) == before


def test_an_unreachable_feed_is_a_failure_of_that_source_only(tmp_path, extractor):
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_text(f"Published: 2014-06-10\n\n{FIRST['body']}\n")
    watcher = Watcher(store, extractor, Settings(database_url=store.url), ["http://127.0.0.1:9/feed.xml", str(inbox)])
    try:
        result = watcher.poll()
    finally:
        watcher.close()
        store.close()
    assert result.stored == 1
    assert len(result.failed) == 1 and "127.0.0.1:9" in result.failed[0]
