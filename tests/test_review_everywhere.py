"""An analyst's review applies everywhere at once: events, show, exports, the API, the map and the situation report."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from fusion_fixtures import CITY, TOWN, ct, day, ev, qt, report
from typer.testing import CliRunner

from frontwatch.api import create_app
from frontwatch.cli import app
from frontwatch.fuse.events import fuse_events
from frontwatch.model import ControlStatus
from frontwatch.settings import Settings
from frontwatch.sitrep import build_sitrep
from frontwatch.store import Store

TOKEN = "review-token"


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "review.db"
    store = Store(f"sqlite:///{path}")
    store.save(report("r1", "Wire One", day(5), events=[
        ev("r1", "Armed clash", CITY, day(4), deaths=(3, 3), text="Fighting in the city left three dead."),
        ev("r1", "Armed clash", TOWN, day(4), deaths=(1, 1), text="A shorter clash in the town."),
    ], control=[ct("r1", CITY, ControlStatus.CONTROLS, day(4)), ct("r1", TOWN, ControlStatus.CONTROLS, day(4))],
        quantities=[qt("r1", "fighters", 200, 300), qt("r1", "prisoners", 40, 40)]))
    fuse_events(store)  # a stored fusion run: a later review must not leave it stale
    store.close()
    return str(path)


def cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def exported(db: str) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, cli("export", "--format", "jsonl", "--db", db).splitlines())
            if r.get("kind") == "event"}


def test_the_readmes_fatalities_edit_is_accepted_and_shows_everywhere(db):
    cli("review", "edit", "ev-1", "fatalities", "12", "--who", "analyst", "--db", db)
    assert "12" in cli("events", "--db", db).split("ev-1", 1)[1].splitlines()[0]
    shown = cli("show", "ev-1", "--db", db)
    assert "fatalities: 12" in shown and "review: edited" in shown and "analyst edit fatalities: 3 → 12" in shown
    record = exported(db)["ev-1"]
    assert (record["fatalities_low"], record["fatalities_high"]) == (12, 12)
    for fmt in ("acled-csv", "geojson", "stix"):
        assert "12" in cli("export", "--format", fmt, "--db", db)
    store = Store(f"sqlite:///{db}")
    try:
        client = TestClient(create_app(Settings(database_url=store.url), store=store))
        assert client.get("/events/ev-1").json()["fatalities"] == 12
        fused = client.get("/map/list?limit=10").json()["items"]
        assert next(i for i in fused if i["location"] == CITY.name)["fatalities"] == 12
        changes = build_sitrep(store, day(6), since=day(1)).section("changes").lines
        assert any("best 12" in line.text for line in changes)
    finally:
        store.close()


def test_a_rejected_fact_leaves_lists_exports_map_and_reports_but_show_keeps_it(db):
    cli("review", "reject", "ev-2", "--who", "analyst", "--note", "a duplicate", "--db", db)
    assert "ev-2" not in cli("events", "--db", db)
    assert "ev-2" not in exported(db)
    assert "review: rejected" in cli("show", "ev-2", "--db", db)
    store = Store(f"sqlite:///{db}")
    try:
        client = TestClient(create_app(Settings(database_url=store.url), store=store))
        assert TOWN.name not in {i["location"] for i in client.get("/map/list").json()["items"]}
        assert all(TOWN.name not in line.text for line in build_sitrep(store, day(6), since=day(1)).section(
            "changes").lines)
    finally:
        store.close()


def test_the_review_queue_lists_unreviewed_doubtful_facts_and_forgets_reviewed_ones(db):
    store = Store(f"sqlite:///{db}")
    store.save(report("r2", "Wire Two", day(6), events=[
        ev("r2", "Armed clash", None, day(6), text="Somewhere, fighting was reported."),
    ]))
    store.close()
    queued = json.loads(cli("review", "queue", "--json", "--db", db))
    doubtful = next(q for q in queued if q["fact_id"] == "ev-3")
    assert "no place" in doubtful["reasons"]
    cli("review", "accept", "ev-3", "--who", "analyst", "--db", db)
    assert "ev-3" not in {q["fact_id"] for q in json.loads(cli("review", "queue", "--json", "--db", db))}


def test_a_panel_review_needs_the_token(db):
    store = Store(f"sqlite:///{db}")
    try:
        client = TestClient(create_app(Settings(database_url=store.url, api_token=TOKEN), store=store))
        body = {"action": "edit", "field": "fatalities", "value": "40", "who": "analyst"}
        assert client.post("/facts/ev-1/review", json=body).status_code == 401
        assert client.post("/facts/ev-1/review", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).is_success
        history = client.get("/facts/ev-1/reviews").json()["items"]
        assert [(h["field"], h["old"], h["new"]) for h in history] == [("fatalities", "3", "40")]
    finally:
        store.close()


REVIEWS = [  # (command, fact, the review every record of the fact carries)
    (("accept", "ev-1"), "ev-1", "accepted"),
    (("edit", "ev-1", "fatalities", "7"), "ev-1", "edited"),
    (("accept", "ct-2"), "ct-2", "accepted"),
    (("edit", "qt-1", "high", "350"), "qt-1", "edited"),
]


@pytest.mark.parametrize(("command", "fact", "status"), REVIEWS)
def test_a_reviewed_fact_carries_its_review_in_exports_and_the_api(db, command, fact, status):
    cli("review", *command, "--who", "analyst", "--db", db)
    records = {r["id"]: r for r in map(json.loads, cli("export", "--format", "jsonl", "--db", db).splitlines())}
    assert records[fact]["review"] == status
    assert {r["review"] for key, r in records.items() if key != fact} == {None}
    store = Store(f"sqlite:///{db}")
    try:
        client = TestClient(create_app(Settings(database_url=store.url), store=store))
        assert client.get(f"/facts/{fact}/evidence").json()["review"] == status
    finally:
        store.close()
    if fact.startswith("ev"):
        assert f"review={status}" in cli("export", "--format", "acled-csv", "--db", db)
        bundle = json.loads(cli("export", "--format", "stix", "--db", db))["objects"]
        assert {o.get("x_frontwatch_id"): o.get("x_frontwatch_review") for o in bundle}[fact] == status
        features = json.loads(cli("export", "--format", "geojson", "--db", db))["features"]
        assert {f["properties"]["id"]: f["properties"]["review"] for f in features}[fact] == status


REJECTED_LEAVE = [  # (rejected fact, API list, what must no longer be listed)
    ("ct-2", "/places", lambda body: [c["id"] for p in body["items"] for c in p["control"]]),
    ("ct-2", "/control", lambda body: [c["id"] for c in body["items"]]),
    ("qt-2", "/quantities", lambda body: [q["id"] for q in body["items"]]),
]


@pytest.mark.parametrize(("fact", "path", "listed"), REJECTED_LEAVE)
def test_a_rejected_claim_or_quantity_leaves_the_api_lists(db, fact, path, listed):
    store = Store(f"sqlite:///{db}")
    try:
        client = TestClient(create_app(Settings(database_url=store.url), store=store))
        assert fact in listed(client.get(path).json())
        cli("review", "reject", fact, "--who", "analyst", "--db", db)
        assert fact not in listed(client.get(path).json())
    finally:
        store.close()
