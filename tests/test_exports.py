"""Exports: GeoJSON (RFC 7946), STIX 2.1 bundle, ACLED CSV columns and conventions."""

from __future__ import annotations

import csv
import io
import json

import pytest
import stix2

from frontwatch.api.synthetic import synthetic_extractions
from frontwatch.export import EXPORTERS
from frontwatch.export.csv_acled import ACLED_COLUMNS, interaction
from frontwatch.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    store = Store("sqlite:///" + str(tmp_path_factory.mktemp("exports") / "e.db"))
    for extraction in synthetic_extractions(60, seed=3):
        store.save(extraction)
    yield store
    store.close()


def _export(store: Store, name: str) -> str:
    out = io.StringIO()
    EXPORTERS[name].write(store, out, None)
    return out.getvalue()


def test_every_format_is_registered():
    assert {"jsonl", "acled-csv", "geojson", "geojson-control", "stix"} <= set(EXPORTERS)


def test_geojson_events_are_points_in_lon_lat_order(store):
    collection = json.loads(_export(store, "geojson"))
    events = {e["id"]: e for e in (json.loads(line) for line in _export(store, "jsonl").splitlines())
              if e["kind"] == "event"}
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 60
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        record = events[feature["id"]]
        assert (lon, lat) == (record["longitude"], record["latitude"])
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["event_type"] == record["event_type"]
        assert "latitude" not in feature["properties"]


def test_geojson_control_is_a_separate_collection_of_claims(store):
    collection = json.loads(_export(store, "geojson-control"))
    assert collection["type"] == "FeatureCollection" and collection["features"]
    assert {f["properties"]["kind"] for f in collection["features"]} == {"control"}
    assert all(f["id"].startswith("ct-") for f in collection["features"])


def test_stix_bundle_parses_and_has_the_expected_object_types(store):
    bundle = stix2.parse(_export(store, "stix"), allow_custom=True)
    kinds = {obj.type for obj in bundle.objects}
    assert {"report", "location", "threat-actor", "identity", "incident", "relationship", "opinion", "note"} <= kinds
    ids = {obj.id for obj in bundle.objects}
    for obj in bundle.objects:
        if obj.type == "report":
            assert set(obj.object_refs) <= ids
        if obj.type == "relationship":
            assert obj.source_ref in ids and obj.target_ref in ids and 0 <= obj.confidence <= 100
    assert any(o.type == "relationship" and o.relationship_type == "located-at"
               and o.source_ref.startswith("threat-actor--") for o in bundle.objects)


def test_stix_bundle_is_the_same_each_time(store):
    assert _export(store, "stix") == _export(store, "stix")


def test_acled_csv_has_the_31_columns_in_order(store):
    rows = list(csv.reader(io.StringIO(_export(store, "acled-csv"))))
    assert tuple(rows[0]) == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    assert len(rows) == 61 and all(len(r) == 31 for r in rows)


def test_acled_csv_follows_acled_conventions(store):
    for row in csv.DictReader(io.StringIO(_export(store, "acled-csv"))):
        assert row["year"] == row["event_date"][:4] and len(row["event_date"]) == 10
        assert row["interaction"] == str(interaction(int(row["inter1"]), int(row["inter2"])))
        assert row["iso"] == "368" and row["event_id_cnty"].startswith("IRQ")
        assert row["time_precision"] in {"1", "2", "3"} and row["geo_precision"] in {"1", "2", "3"}
        assert row["fatalities"].isdigit()
        assert row["tags"].startswith("certainty=")
        assert (row["civilian_targeting"] == "Civilian targeting") == (
            row["event_type"] == "Violence against civilians" or row["inter2"] == "7")


@pytest.mark.parametrize(("inter1", "inter2", "expected"), [(1, 2, 12), (2, 1, 12), (3, 0, 30), (1, 7, 17), (6, 6, 66)])
def test_interaction_puts_the_lower_code_first(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected
