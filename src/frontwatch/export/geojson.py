"""GeoJSON (RFC 7946) export: events, and control claims, as FeatureCollections of Points.

Coordinates are [longitude, latitude] in WGS 84 (RFC 7946 §3.1.1), rounded to 5 decimals;
facts without a place are left out (RFC 7946 allows null geometry, but map tools choke).
Each feature's id is the fact's public id and its properties the contract record
(export.records) without the coordinates. Control claims are points: frontwatch does
not draw areas, so there are no polygons to orient.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

import orjson

from frontwatch.export.base import Exporter, Writer, register
from frontwatch.export.records import control_record, event_record
from frontwatch.store import ControlRow, EventRow, Store

_DROPPED = ("latitude", "longitude")


def feature(record: dict) -> dict | None:
    """A contract record as a GeoJSON Point feature, or None when it has no coordinates."""
    if record.get("latitude") is None or record.get("longitude") is None:
        return None
    return {
        "type": "Feature",
        "id": record["id"],
        "geometry": {"type": "Point", "coordinates": [round(record["longitude"], 5), round(record["latitude"], 5)]},
        "properties": {k: v for k, v in record.items() if k not in _DROPPED},
    }


def features(rows: Iterable, to_record: Callable[[object], dict]) -> Iterator[dict]:
    """Rows as Point features, one at a time (rows without a place are left out)."""
    for row in rows:
        found = feature(to_record(row))
        if found is not None:
            yield found


def write_collection(out: TextIO, items: Iterable[dict]) -> int:
    """Write a FeatureCollection feature by feature (memory does not grow with it); returns features written."""
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for item in items:
        out.write(",\n" if count else "\n")
        out.write(orjson.dumps(item).decode("utf-8"))
        count += 1
    out.write("\n]}\n")
    return count


def _writer(table: type, to_record: Callable[[Any], dict]) -> Writer:
    def write(store: Store, out: TextIO, doc_ids: Sequence[str] | None = None) -> int:
        return write_collection(out, features(store.iter_views(table, doc_ids), to_record))

    return write


GEOJSON_EVENTS = register(Exporter("geojson", ".geojson", "application/geo+json", _writer(EventRow, event_record)))
GEOJSON_CONTROL = register(
    Exporter("geojson-control", ".geojson", "application/geo+json", _writer(ControlRow, control_record))
)
