"""ACLED CSV import: each row becomes one synthetic document holding one event.

Each row is stored as a Document whose text is the row's notes (or, when notes are
empty, "<sub_event_type> in <location> on <event_date>"), origin "<file>#<event_id_cnty>",
source the row's source, title the event_id_cnty, published the UTC date of the
row's timestamp; the event's evidence is that whole text. The document id is a hash of
the whole row, so importing the same file twice stores nothing new. Certainty and claim
source are read back from frontwatch's own tags ("certainty=...; claim source=...");
the columns the store has no field for (export.csv_acled.PRESERVED_COLUMNS) are kept in
the event's notes so that export → import → export gives the same rows (exports list events in their documents'
order, and an imported row is a document of its own: the rows of a first round trip may come in another order,
every later round trip gives the same bytes).
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from frontwatch.errors import InputError
from frontwatch.export.csv_acled import ACLED_COLUMNS, NOTE_PREFIX, PRESERVED_COLUMNS
from frontwatch.model import (
    Actor,
    Certainty,
    DateSpan,
    Document,
    EventFact,
    Evidence,
    Extraction,
    GeoPrecision,
    Place,
    TimePrecision,
)
from frontwatch.store import Store


@dataclass
class AcledImportReport:
    """What an import did: rows stored, rows already stored, and rows refused (with why)."""

    stored: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)


def _int(value: str, column: str, default: int | None = None) -> int | None:
    value = value.strip()
    if not value:
        return default
    try:
        return int(float(value))
    except ValueError as exc:
        raise ValueError(f"{column} {value!r} is not a number") from exc


def _actor(name: str, inter: int | None) -> Actor | None:
    name = name.strip()
    return Actor(name=name, inter_code=inter or 0) if name else None


def _tags(tags: str) -> tuple[Certainty, str | None]:
    certainty, claim_source = Certainty.REPORTED, None
    for tag in tags.split(";"):
        key, _, value = tag.strip().partition("=")
        if key == "certainty" and value in {c.value for c in Certainty}:
            certainty = Certainty(value)
        elif key == "claim source" and value:
            claim_source = value
    return certainty, claim_source


def _published(timestamp: str) -> date | None:
    seconds = _int(timestamp, "timestamp")
    return None if seconds is None else datetime.fromtimestamp(seconds, tz=UTC).date()


def row_extraction(row: dict[str, str], origin: str) -> Extraction:
    """One ACLED CSV row as an Extraction of a synthetic one-event document."""
    row = {column: (row.get(column) or "") for column in ACLED_COLUMNS}
    event_date = date.fromisoformat(row["event_date"]) if row["event_date"].strip() else None
    text = " ".join(row["notes"].split()) or (
        f"{row['sub_event_type']} in {row['location'] or 'unknown place'} on {row['event_date'] or 'unknown date'}"
    )
    digest = hashlib.sha256("\x1f".join(row[c] for c in ACLED_COLUMNS).encode("utf-8")).hexdigest()[:16]
    document = Document(
        id=digest, text=text, origin=f"{origin}#{row['event_id_cnty']}",
        published=_published(row["timestamp"]), source=row["source"].strip() or None,
        title=row["event_id_cnty"].strip() or None,
    )
    place = None
    if row["latitude"].strip() and row["longitude"].strip():
        place = Place(
            name=row["location"].strip() or f"{row['latitude']},{row['longitude']}",
            latitude=float(row["latitude"]), longitude=float(row["longitude"]),
            country=row["country"].strip() or None, admin1=row["admin1"].strip() or None,
            precision=GeoPrecision(_int(row["geo_precision"], "geo_precision", 1) or 1),
        )
    span = None
    if event_date is not None:
        precision = TimePrecision(_int(row["time_precision"], "time_precision", 1) or 1)
        span = DateSpan(event_date, event_date, precision, row["event_date"])
    certainty, claim_source = _tags(row["tags"])
    fatalities = _int(row["fatalities"], "fatalities")
    event = EventFact(
        event_type=row["event_type"].strip(), sub_event_type=row["sub_event_type"].strip(),
        evidence=Evidence(document.id, 0, len(text), text),
        actor1=_actor(row["actor1"], _int(row["inter1"], "inter1")),
        actor2=_actor(row["actor2"], _int(row["inter2"], "inter2")),
        assoc_actors=[a for a in (_actor(n, None) for n in row["assoc_actor_1"].split(";")) if a],
        place=place, date=span, fatalities_low=fatalities, fatalities_high=fatalities,
        certainty=certainty, claim_source=claim_source, trigger="",
        notes=[f"{NOTE_PREFIX}{column}={row[column]}" for column in PRESERVED_COLUMNS],
    )
    return Extraction(document=document, events=[event])


def import_acled_csv(path: str | Path, store: Store) -> AcledImportReport:
    """Import an ACLED CSV file: one stored document and event per row."""
    path = Path(path)
    report = AcledImportReport()
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ("event_date", "event_type", "sub_event_type") if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(str(path), f"not an ACLED CSV: missing column(s) {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            try:
                extraction = row_extraction(row, path.name)
            except ValueError as exc:
                report.failed.append(f"{path}:{line}: {exc}")
                continue
            if store.save(extraction):
                report.stored += 1
            else:
                report.skipped += 1
    return report
