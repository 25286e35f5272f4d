"""Exports: GeoJSON (RFC 7946), STIX 2.1 bundle, ACLED CSV columns and conventions."""

from __future__ import annotations

import csv
import io
import json
import uuid

import pytest
import stix2
from pg_fixtures import pg_url  # noqa: F401  (fixture)

from frontwatch.api.synthetic import synthetic_extractions
from frontwatch.export import EXPORTERS
from frontwatch.export.csv_acled import ACLED_COLUMNS, interaction
from frontwatch.export.stix import NAMESPACE, stix_id
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


@pytest.mark.parametrize(("kind", "key"), [("incident", "ev-1"), ("location", "Qamishli|37.05|41.22"),
                                           ("threat-actor", "Forces d'élite"), ("report", "")])
def test_stix_ids_are_the_uuid5_of_kind_and_key(kind, key):
    assert stix_id(kind, key) == f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}:{key}')}"


def test_stix_bundle_is_the_same_each_time(store):
    assert _export(store, "stix") == _export(store, "stix")


def test_every_stix_object_is_what_the_stix2_object_model_makes_of_it(store):
    """Each object parses strictly (required properties, id and timestamp formats, vocabularies) and the
    stix2 library serializes it back to the same JSON."""
    objects = json.loads(_export(store, "stix"))["objects"]
    for obj in objects:
        parsed = stix2.parse(obj, allow_custom=any(k.startswith("x_") for k in obj))
        assert json.loads(parsed.serialize()) == obj


def test_stix_writes_each_place_and_actor_once_and_every_fact_in_its_report(store):
    objects = json.loads(_export(store, "stix"))["objects"]
    ids = [obj["id"] for obj in objects]
    assert len(ids) == len(set(ids))
    referred = {ref for obj in objects if obj["type"] == "report" for ref in obj["object_refs"]}
    assert {i for i in ids if not i.startswith("report--")} == referred
    incidents = {obj["x_frontwatch_id"] for obj in objects if obj["type"] == "incident"}
    assert len(incidents) == 60


@pytest.mark.parametrize(("inter1", "inter2", "expected"), [(1, 2, 12), (2, 1, 12), (3, 0, 30), (1, 7, 17), (6, 6, 66)])
def test_interaction_puts_the_lower_code_first(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected


@pytest.mark.parametrize("name", ["jsonl", "acled-csv", "geojson", "geojson-control", "stix"])
def test_exports_write_while_they_read(store, monkeypatch, name):
    """Exporters stream: the first fact is written before the last one is read (nothing holds a whole table)."""
    import frontwatch.export.stix as stix_module

    monkeypatch.setattr(stix_module, "DOCUMENTS_PER_READ", 2)
    read = [0]
    real = Store.iter_views

    def counting(self, *args, **kwargs):
        for view in real(self, *args, **kwargs):
            read[0] += 1
            yield view

    monkeypatch.setattr(Store, "iter_views", counting)
    out = _FirstWrite(read)
    EXPORTERS[name].write(store, out, None)
    assert out.read_at_first_fact is not None and out.read_at_first_fact < read[0] / 2


class _FirstWrite(io.StringIO):
    """Notes how many facts had been read when the first fact was written."""

    def __init__(self, read: list[int]) -> None:
        super().__init__()
        self.read = read
        self.read_at_first_fact: int | None = None

    def write(self, text: str) -> int:
        if self.read_at_first_fact is None and self.read[0] and len(text) > 40:
            self.read_at_first_fact = self.read[0]
        return super().write(text)


@pytest.mark.postgres
def test_postgresql_exports_the_same_facts(store, pg_url):  # noqa: F811
    """Every format from PostgreSQL equals SQLite's (STIX up to its ingest timestamps) and STIX parses."""
    other = Store(pg_url)
    try:
        for extraction in synthetic_extractions(60, seed=3):
            other.save(extraction)
        for name in ("jsonl", "acled-csv", "geojson", "geojson-control"):
            assert _export(other, name) == _export(store, name), name
        bundle = json.loads(_export(other, "stix"))
        assert [o["id"] for o in bundle["objects"]] == [o["id"] for o in json.loads(_export(store, "stix"))["objects"]]
        stix2.parse(bundle, allow_custom=True)
    finally:
        other.close()


@pytest.mark.parametrize("name", ["jsonl", "stix"])
def test_a_streamed_export_is_the_written_file_in_chunks(store, monkeypatch, name):
    import frontwatch.export.stream as stream

    monkeypatch.setattr(stream, "CHUNK_BYTES", 1000)
    chunks = list(stream.stream_export(EXPORTERS[name], store))
    assert len(chunks) > 3 and b"".join(chunks).decode("utf-8") == _export(store, name)


def test_a_stream_closed_early_stops_its_writer(store, monkeypatch):
    import threading

    import frontwatch.export.stream as stream

    monkeypatch.setattr(stream, "CHUNK_BYTES", 200)
    chunks = stream.stream_export(EXPORTERS["jsonl"], store)
    next(chunks)
    chunks.close()
    writers = [t for t in threading.enumerate() if t.name == "export-jsonl"]
    for thread in writers:
        thread.join(timeout=5)
    assert not any(t.is_alive() for t in writers)
