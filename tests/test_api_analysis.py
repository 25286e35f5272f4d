"""REST API of the situation picture: sitrep, fused events, merges, and token-guarded analyst writes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from fusion_fixtures import (
    CITY,
    FAR_TOWN,
    TAKEOVER,
    ct,
    day,
    ev,
    report,
    takeover_reports,
)

from frontwatch.api import create_app
from frontwatch.model import ControlStatus
from frontwatch.settings import Settings
from frontwatch.store import Store

TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _no_extractor(_settings):
    raise AssertionError("analysis endpoints never run the pipeline")


@pytest.fixture()
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'analysis.db'}")
    for extraction in [
        *takeover_reports(),
        report("d4", "Outlet Four", day(20), events=[ev("d4", "Armed clash", FAR_TOWN, day(20))],
               control=[ct("d4", CITY, ControlStatus.CONTROLS, day(12))]),
    ]:
        assert store.save(extraction)
    yield store
    store.close()


def _client(store: Store, token: str | None = TOKEN) -> TestClient:
    settings = Settings(database_url=store.url, api_token=token)
    return TestClient(create_app(settings, store=store, build_extractor=_no_extractor))


def _fused(client: TestClient, query: str = "") -> dict:
    response = client.get(f"/fused-events{query}")
    assert response.status_code == 200, response.text
    return response.json()


WRITES = [
    ("/fuse", None),
    ("/merges/md-1/undo", {"who": "ana"}),
    ("/merges/force", {"a": "ev-1", "b": "ev-4", "who": "ana"}),
    ("/facts/ev-1/review", {"action": "accept", "who": "ana"}),
]


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_writes_are_refused_without_a_configured_token(store, path, body):
    response = _client(store, token=None).post(path, json=body, headers=AUTH)
    assert response.status_code == 403


@pytest.mark.parametrize(("path", "body"), WRITES)
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}])
def test_writes_with_a_missing_or_wrong_token_give_401(store, path, body, headers):
    response = _client(store).post(path, json=body, headers=headers)
    assert response.status_code == 401
    assert _client(store).get("/merges").json()["items"] == []  # nothing was written


def test_fuse_runs_fusion_and_fused_events_lists_its_result(store):
    client = _client(store)
    assert _fused(client)["items"] == []
    result = client.post("/fuse", headers=AUTH)
    assert result.status_code == 200, result.text
    assert result.json()["events"] == 4 and result.json()["fused_events"] == 2
    items = _fused(client)["items"]
    assert [i["id"] for i in items] == ["fe-1", "fe-4"]
    takeover = items[0]
    assert takeover["sub_event_type"] == TAKEOVER and takeover["location"] == CITY.name
    assert {s["doc"] for s in takeover["sources"]} == {"d1", "d2", "d3"}
    assert takeover["date_start"] == day(10).isoformat()


def test_fused_events_are_paged_and_filtered_by_date(store):
    client = _client(store)
    client.post("/fuse", headers=AUTH)
    first = _fused(client, "?limit=1")
    second = _fused(client, f"?limit=1&offset={first['next_offset']}")
    assert [i["id"] for i in first["items"]] == ["fe-1"] and first["next_offset"] == 1
    assert [i["id"] for i in second["items"]] == ["fe-4"] and second["next_offset"] is None
    assert [i["id"] for i in _fused(client, f"?date_from={day(15).isoformat()}")["items"]] == ["fe-4"]


def test_merges_lists_automatic_decisions_and_filters_by_kind(store):
    client = _client(store)
    client.post("/fuse", headers=AUTH)
    merges = client.get("/merges").json()["items"]
    assert merges and all(m["kind"] == "auto" for m in merges)
    assert {m["event_a"] for m in merges} == {"ev-1"}
    assert client.get("/merges?kind=forced").json()["items"] == []


def test_undo_splits_a_merged_pair_for_good(store):
    client = _client(store)
    client.post("/fuse", headers=AUTH)
    pair = next(m for m in client.get("/merges").json()["items"] if {m["event_a"], m["event_b"]} == {"ev-1", "ev-2"})
    response = client.post(f"/merges/{pair['id']}/undo", json={"who": "ana"}, headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json()["kind"] == "undone" and response.json()["who"] == "ana"
    groups = [{e for s in fe["sources"] for e in s["events"]} for fe in _fused(client)["items"]]
    assert not any({"ev-1", "ev-2"} <= g for g in groups)


def test_undo_without_a_body_is_recorded_as_the_api(store):
    client = _client(store)
    client.post("/fuse", headers=AUTH)
    assert client.post("/merges/md-1/undo", headers=AUTH).json()["who"] == "api"


def test_force_merges_two_far_apart_events(store):
    client = _client(store)
    response = client.post("/merges/force", json={"a": "ev-1", "b": "fe-4", "who": "ana"}, headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json()["kind"] == "forced"
    groups = [{e for s in fe["sources"] for e in s["events"]} for fe in _fused(client)["items"]]
    assert any({"ev-1", "ev-4"} <= g for g in groups)
    assert [m["id"] for m in client.get("/merges?kind=forced").json()["items"]] == [response.json()["id"]]


@pytest.mark.parametrize(("path", "body"), [
    ("/merges/md-99/undo", None),
    ("/merges/xyz/undo", None),
    ("/merges/md-99999999999999999999/undo", None),
    ("/merges/force", {"a": "ev-1", "b": "ev-99"}),
    ("/facts/ev-99/review", {"action": "accept", "who": "ana"}),
    ("/facts/zz-1/review", {"action": "accept", "who": "ana"}),
])
def test_unknown_ids_give_404(store, path, body):
    response = _client(store).post(path, json=body, headers=AUTH)
    assert response.status_code == 404, response.text


@pytest.mark.parametrize(("path", "body"), [
    ("/merges/force", {"a": "ev-1"}),
    ("/merges/force", {"a": "ev-1", "b": "ev-1"}),
    ("/merges/force", {"a": "ev-1", "b": "fe-001"}),
    ("/merges/force", {"a": "one", "b": "ev-2"}),
    ("/merges/force", {"a": "ev-1", "b": "ev-2", "who": "  "}),
    ("/merges/md-1/undo", {"who": ""}),
    ("/facts/ev-1/review", {"action": "approve", "who": "ana"}),
    ("/facts/ev-1/review", {"action": "accept"}),
    ("/facts/ev-1/review", {"action": "edit", "who": "ana"}),
    ("/facts/ev-1/review", {"action": "edit", "field": "colour", "value": "red", "who": "ana"}),
    ("/facts/ev-1/review", {"action": "edit", "field": "fatalities_low", "value": "many", "who": "ana"}),
    ("/facts/ev-1/review", {"action": "accept", "who": "ana", "note": "a\x00b"}),
    ("/facts/ev-1/review", ["accept"]),
])
def test_bad_bodies_give_422(store, path, body):
    client = _client(store)
    client.post("/fuse", headers=AUTH)
    response = client.post(path, json=body, headers=AUTH)
    assert response.status_code == 422, response.text


def test_review_accept_reject_and_edit_are_logged_with_who(store):
    client = _client(store)
    accepted = client.post("/facts/ev-1/review", json={"action": "accept", "who": "ana", "note": "checked"},
                           headers=AUTH)
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["action"] == "accept" and accepted.json()["note"] == "checked"
    edited = client.post("/facts/ev-1/review", json={"action": "edit", "field": "fatalities_low", "value": "15",
                                                     "who": "ana"}, headers=AUTH).json()
    assert (edited["field"], edited["old"], edited["new"]) == ("fatalities_low", "10", "15")
    rejected = client.post("/facts/ev-4/review", json={"action": "reject", "who": "bo"}, headers=AUTH)
    assert rejected.json()["action"] == "reject" and rejected.json()["who"] == "bo"


def test_a_rejected_event_leaves_the_fused_events(store):
    client = _client(store)
    client.post("/facts/ev-4/review", json={"action": "reject", "who": "bo"}, headers=AUTH)
    client.post("/fuse", headers=AUTH)
    assert [i["id"] for i in _fused(client)["items"]] == ["fe-1"]


def test_sitrep_markdown_lists_the_period_changes_with_sources(store):
    client = _client(store)
    client.post("/fuse", headers=AUTH)
    response = client.get(f"/sitrep?as_of={day(14).isoformat()}&since={day(1).isoformat()}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/markdown")
    assert CITY.name in response.text and "Outlet One" in response.text
    assert FAR_TOWN.name not in response.text  # dated after as_of


def test_sitrep_html_is_an_html_page(store):
    response = _client(store).get(f"/sitrep?as_of={day(21).isoformat()}&format=html")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<!DOCTYPE html>") and FAR_TOWN.name in response.text


@pytest.mark.parametrize("query", [
    "", "as_of=2030-13-01", f"as_of={day(10).isoformat()}&since={day(11).isoformat()}",
    f"as_of={day(10).isoformat()}&format=docx", "as_of=0001-01-02",
])
def test_sitrep_bad_query_gives_422(store, query):
    assert _client(store).get(f"/sitrep?{query}").status_code == 422


@pytest.mark.parametrize("query", ["limit=0", "offset=-1", "date_from=2030-06-10&date_to=2030-06-01"])
def test_fused_events_bad_query_gives_422(store, query):
    assert _client(store).get(f"/fused-events?{query}").status_code == 422


def test_merges_unknown_kind_gives_422(store):
    assert _client(store).get("/merges?kind=maybe").status_code == 422
