"""Watching: poll feeds and folders on an interval, ingest what is new, and raise alerts for an area.

A source is a folder (every readable file in it), a feed file, or a feed URL (fetched with
httpx; meant for feeds a team serves itself, e.g. on loopback). Each round reads every
source and hands the documents to the pipeline's ingest entry points, which skip what is
stored already (documents have content ids), so only new reports are extracted. After the
round, the new events and the control changes (a new actor/status/place holding on the
latest day) inside the area become alerts, sent to every sink: a log line, a JSON Lines
file, or a webhook (a JSON POST per alert).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import httpx

from frontwatch.errors import InputError
from frontwatch.fuse.control import control_as_of
from frontwatch.fuse.views import place_view
from frontwatch.ingest import folder_files
from frontwatch.ingest.feed import feed_documents
from frontwatch.pipeline import IngestReport, ingest_documents, ingest_paths
from frontwatch.resolve.reliability import SourceReliability
from frontwatch.settings import Settings
from frontwatch.sitrep.area import EVERYWHERE, Area
from frontwatch.store import ControlRow, EventFilter, Store

log = logging.getLogger("frontwatch.watch")
FETCH_TIMEOUT = 20.0


@dataclass(frozen=True)
class Alert:
    """Something new in the area: an event, or a change of who holds a place."""

    kind: str  # "event" or "control"
    fact_id: str
    summary: str
    place: str | None
    day: str | None
    doc_id: str | None

    def as_dict(self) -> dict:
        """Plain JSON types."""
        return {"kind": self.kind, "fact_id": self.fact_id, "summary": self.summary, "place": self.place,
                "date": self.day, "doc": self.doc_id}


@dataclass
class Round:
    """What one polling round did."""

    stored: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)


Sink = Callable[[Alert], None]


def log_sink(alert: Alert) -> None:
    """Write an alert as one log line."""
    log.warning("ALERT %s %s: %s", alert.kind, alert.fact_id, alert.summary)


def file_sink(path: Path) -> Sink:
    """Append each alert to a JSON Lines file."""
    def write(alert: Alert) -> None:
        with path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(alert.as_dict()) + "\n")
    return write


def webhook_sink(url: str, client: httpx.Client | None = None) -> Sink:
    """POST each alert as JSON to a URL; a failed delivery is logged, never fatal."""
    http = client or httpx.Client(timeout=FETCH_TIMEOUT)

    def post(alert: Alert) -> None:
        try:
            http.post(url, json=alert.as_dict()).raise_for_status()
        except httpx.HTTPError as exc:
            log.error("webhook %s refused alert %s: %s", url, alert.fact_id, exc)
    return post


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


class Watcher:
    """Polls sources, ingests new documents, and alerts on what lands in the area."""

    def __init__(self, store: Store, extractor, settings: Settings, sources: Sequence[str],
                 area: Area = EVERYWHERE, sinks: Iterable[Sink] = (log_sink,)) -> None:
        self.store, self.extractor, self.settings = store, extractor, settings
        self.sources = list(sources)
        self.area = area
        self.sinks = list(sinks)
        self.reliability = SourceReliability.load(settings.source_reliability_file)
        self._http = httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=True)

    def close(self) -> None:
        """Release the HTTP client."""
        self._http.close()

    def _holdings(self) -> set[tuple[str, str, str]]:
        today = date.today()
        return {(i.place.name, i.actor, i.status) for i in control_as_of(self.store, today, include_claimed=True)
                if self.area.contains(i.place)}

    def _read(self, source: str) -> IngestReport:
        if not _is_url(source):
            if Path(source).is_dir() and not folder_files(Path(source)):
                return IngestReport()  # an empty inbox is normal while watching
            return ingest_paths([source], self.store, self.extractor, self.settings)
        try:
            response = self._http.get(source)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            report = IngestReport()
            report.failed.append(f"{source}: could not fetch ({exc})")
            return report

        def documents():
            try:
                yield from feed_documents(response.content, source, published=None, source=None)
            except InputError as exc:
                yield exc
        return ingest_documents(documents(), self.store, self.extractor, reliability=self.reliability)

    def poll(self) -> Round:
        """One round over every source: ingest what is new, then alert on new events and control changes."""
        before = self._holdings()
        result = Round()
        new_docs: list[str] = []
        for source in self.sources:
            report = self._read(source)
            result.stored += len(report.stored)
            result.skipped += len(report.skipped)
            result.failed += report.failed
            new_docs += [s.document.id for s in report.stored]
        for doc_id in new_docs:
            for row in self.store.events(EventFilter(doc_id=doc_id)):
                if self.area.contains(place_view(row.place)):
                    result.alerts.append(Alert(
                        "event", f"ev-{row.id}",
                        f"{row.sub_event_type} at {row.place.name if row.place else '?'}"
                        f" ({row.actor1.name if row.actor1 else 'unknown actor'})"
                        f"{', ' + str(row.fatalities_low) + ' killed' if row.fatalities_low else ''}",
                        row.place.name if row.place else None, row.date_start.isoformat() if row.date_start else None,
                        doc_id))
        if new_docs:
            claims = {(r.place.name, r.actor.name, r.status): r for r in self.store.all_rows(ControlRow, new_docs)}
            for place, actor, status in sorted(self._holdings() - before):
                claim = claims.get((place, actor, status))
                result.alerts.append(Alert("control", f"ct-{claim.id}" if claim else f"{actor}@{place}",
                                           f"{actor} now {status} {place}", place,
                                           claim.as_of.isoformat() if claim and claim.as_of else None,
                                           claim.doc_id if claim else None))
        for alert in result.alerts:
            for sink in self.sinks:
                sink(alert)
        return result

    def run(self, interval: float, rounds: int | None = None,
            on_round: Callable[[Round], None] | None = None) -> None:
        """Poll every `interval` seconds, `rounds` times (None: until interrupted)."""
        done = 0
        while rounds is None or done < rounds:
            started = time.monotonic()
            result = self.poll()
            done += 1
            if on_round is not None:
                on_round(result)
            if rounds is not None and done >= rounds:
                break
            time.sleep(max(0.0, interval - (time.monotonic() - started)))
