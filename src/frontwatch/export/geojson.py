"""GeoJSON (RFC 7946) export: events, and control claims, as FeatureCollections of Points.

Coordinates are [longitude, latitude] in WGS 84 (RFC 7946 §3.1.1), rounded to 5 decimals;
facts without a place are left out (RFC 7946 allows null geometry, but map tools choke).
Each feature's id is the fact's public id and its properties the contract record
(export.records) without the coordinates. Control claims are points: frontwatch does
not draw areas, so there are no polygons to orient.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

from frontwatch.export.base import Exporter, register
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


def feature_collection(rows: Iterable, to_record: Callable[[object], dict]) -> dict:
    """Rows as a FeatureCollection (rows without a place are left out)."""
    features = [f for f in (feature(to_record(row)) for row in rows) if f is not None]
    return {"type": "FeatureCollection", "features": features}


def events_collection(store: Store, doc_ids: Sequence[str] | None = None) -> dict:
    """Every stored event with a place, as a FeatureCollection."""
    return feature_collection(store.iter_rows(EventRow, doc_ids), event_record)


def control_collection(store: Store, doc_ids: Sequence[str] | None = None) -> dict:
    """Every stored control claim, as a FeatureCollection."""
    return feature_collection(store.iter_rows(ControlRow, doc_ids), control_record)


def _writer(build: Callable[[Store, Sequence[str] | None], dict]):
    def write(store: Store, out: TextIO, doc_ids: Sequence[str] | None = None) -> int:
        collection = build(store, doc_ids)
        json.dump(collection, out, ensure_ascii=False)
        out.write("\n")
        return len(collection["features"])

    return write


GEOJSON_EVENTS = register(Exporter("geojson", ".geojson", "application/geo+json", _writer(events_collection)))
GEOJSON_CONTROL = register(
    Exporter("geojson-control", ".geojson", "application/geo+json", _writer(control_collection))
)
