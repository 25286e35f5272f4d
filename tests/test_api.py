"""REST API: filters, paging, 404s, 422s and token-guarded writes, over a hand-built store."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from frontwatch.api import create_app
from frontwatch.api.deps import MAX_LIMIT
from frontwatch.model import (
    Actor,
    Certainty,
    ControlFact,
    ControlStatus,
    DateSpan,
    Document,
    EventFact,
    Evidence,
    Extraction,
    Place,
    QuantityFact,
    TimePrecision,
)
from frontwatch.settings import Settings
from frontwatch.store import Store

ARMY = Actor("Army of Examplestan", ("EA",), 1, "Examplestan", "state")
REBELS = Actor("Free Hills Movement", ("FHM",), 2, "Examplestan", "rebel")
NORTHTOWN = Place("Northtown", 36.5, 43.1, "Examplestan", "North")
SOUTHTOWN = Place("Southtown", 30.2, 47.8, "Examplestan", "South")


def _event(doc: str, text: str, day: date, place: Place, kind=("Battles", "Armed clash"),
           certainty=Certainty.REPORTED, actor2: Actor | None = REBELS) -> EventFact:
    return EventFact(kind[0], kind[1], Evidence(doc, 0, len(text), text), actor1=ARMY, actor2=actor2, place=place,
                     date=DateSpan(day, day, TimePrecision.DAY), fatalities_low=2, certainty=certainty)


def _extractions() -> list[Extraction]:
    t1 = "The army and the Free Hills Movement clashed in Northtown on 3 June."
    t2 = "An air strike hit Southtown on 9 June, the ministry claimed."
    t3 = "The Free Hills Movement holds Northtown, residents said. Some 300 fighters entered it."
    return [
        Extraction(Document("doc1", t1, "a.txt", date(2014, 6, 3), "Tigris Desk", "Clash"),
                   events=[_event("doc1", t1, date(2014, 6, 3), NORTHTOWN, certainty=Certainty.CONFIRMED)]),
        Extraction(Document("doc2", t2, "b.txt", date(2014, 6, 9), "Gulf Post", "Strike"),
                   events=[_event("doc2", t2, date(2014, 6, 9), SOUTHTOWN,
                                  ("Explosions/Remote violence", "Air/drone strike"), Certainty.CLAIMED, None)]),
        Extraction(Document("doc3", t3, "c.txt", date(2014, 6, 12), "Levant Monitor", "Control"),
                   control=[ControlFact(REBELS, NORTHTOWN, ControlStatus.CONTROLS, Evidence("doc3", 0, 55, t3[:55]),
                                        date(2014, 6, 12)),
                            ControlFact(ARMY, NORTHTOWN, ControlStatus.CONTROLS, Evidence("doc3", 0, 55, t3[:55]),
                                        date(2014, 6, 1))],
                   quantities=[QuantityFact("fighters", 300, 300, Evidence("doc3", 56, len(t3), t3[56:]), REBELS)]),
    ]


@pytest.fixture()
def store(tmp_path) -> Store:
    store = Store("sqlite:///" + str(tmp_path / "api.db"))
    for extraction in _extractions():
        store.save(extraction)
    yield store
    store.close()


class _FakeExtractor:
    def extract(self, document: Document) -> Extraction:
        return Extraction(document, events=[_event(document.id, document.text, date(2014, 6, 20), NORTHTOWN)])


def _client(store: Store, token: str | None = None) -> TestClient:
    settings = Settings(database_url=store.url, api_token=token)
    return TestClient(create_app(settings, store=store, build_extractor=lambda _s: _FakeExtractor()))


def _ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_events_lists_every_event_by_date(store):
    assert _ids(_client(store).get("/events")) == ["ev-1", "ev-2"]


@pytest.mark.parametrize(("query", "expected"), [
    ("type=Battles", ["ev-1"]),
    ("sub_type=Air/drone strike", ["ev-2"]),
    ("certainty=claimed", ["ev-2"]),
    ("actor=free hills", ["ev-1"]),
    ("date_from=2014-06-05", ["ev-2"]),
    ("date_to=2014-06-05", ["ev-1"]),
    ("bbox=42,35,44,37", ["ev-1"]),
    ("bbox=0,0,1,1", []),
])
def test_events_filters_select_matching_events(store, query, expected):
    assert _ids(_client(store).get(f"/events?{query}")) == expected


def test_events_paging_gives_next_offset_until_the_last_page(store):
    client = _client(store)
    first = client.get("/events?limit=1").json()
    second = client.get(f"/events?limit=1&offset={first['next_offset']}").json()
    assert [i["id"] for i in first["items"]] == ["ev-1"] and first["next_offset"] == 1
    assert [i["id"] for i in second["items"]] == ["ev-2"] and second["next_offset"] is None


@pytest.mark.parametrize("query", [
    "bbox=1,2,3", "bbox=a,b,c,d", "bbox=10,0,5,1", "bbox=0,-91,1,1", "date_from=2014-13-01",
    "date_from=2014-06-10&date_to=2014-06-01", f"limit={MAX_LIMIT + 1}", "limit=0", "offset=-1", "certainty=sure",
])
def test_events_bad_query_gives_422(store, query):
    assert _client(store).get(f"/events?{query}").status_code == 422


def test_event_by_id_and_unknown_ids_give_404(store):
    client = _client(store)
    assert client.get("/events/ev-2").json()["sub_event_type"] == "Air/drone strike"
    for missing in ("/events/ev-99", "/events/ct-1", "/events/x", "/events/ev-99999999999999999999",
                    "/facts/ev-99/evidence", "/facts/zz-1/evidence", "/documents/nope"):
        assert client.get(missing).status_code == 404, missing


def test_fact_evidence_gives_sentence_source_and_certainty(store):
    body = _client(store).get("/facts/ev-2/evidence").json()
    assert body["evidence"]["text"].startswith("An air strike hit Southtown")
    assert body["certainty"] == "claimed"
    assert body["document"]["source"] == "Gulf Post" and body["document"]["published"] == "2014-06-09"


def test_places_carry_their_control_timeline_ordered_by_as_of(store):
    places = {p["name"]: p for p in _client(store).get("/places").json()["items"]}
    timeline = places["Northtown"]["control"]
    assert [(c["actor"], c["as_of"]) for c in timeline] == [
        ("Army of Examplestan", "2014-06-01"), ("Free Hills Movement", "2014-06-12")]
    assert places["Southtown"]["control"] == []


@pytest.mark.parametrize(("as_of", "holder"), [("2014-06-05", "Army of Examplestan"),
                                               ("2014-06-30", "Free Hills Movement")])
def test_control_as_of_gives_latest_claim_before_the_day(store, as_of, holder):
    items = _client(store).get(f"/control?as_of={as_of}").json()["items"]
    assert [(c["place"], c["actor"]) for c in items] == [("Northtown", holder)]


def test_control_before_any_claim_is_empty(store):
    assert _client(store).get("/control?as_of=2014-05-01").json()["items"] == []


def test_actors_and_quantities_are_listed(store):
    client = _client(store)
    assert [a["name"] for a in client.get("/actors").json()] == ["Army of Examplestan", "Free Hills Movement"]
    quantities = client.get("/quantities").json()["items"]
    assert [(q["what"], q["low"], q["actor"]) for q in quantities] == [("fighters", 300, "Free Hills Movement")]


def test_document_lists_its_fact_ids(store):
    body = _client(store).get("/documents/doc3").json()
    assert body["facts"]["ct"] == ["ct-1", "ct-2"] and body["facts"]["qt"] == ["qt-1"]
    assert body["source"] == "Levant Monitor"


@pytest.mark.parametrize(("fmt", "media"), [("jsonl", "application/x-ndjson"), ("acled-csv", "text/csv"),
                                            ("geojson", "application/geo+json"), ("stix", "application/stix+json")])
def test_export_endpoint_serves_each_format(store, fmt, media):
    response = _client(store).get(f"/export/{fmt}")
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    assert len(response.text) > 100


def test_export_unknown_format_gives_422(store):
    assert _client(store).get("/export/xlsx").status_code == 422


def test_writes_are_refused_without_a_configured_token(store):
    response = _client(store, token=None).post("/documents", json={"text": "Shelling hit Northtown."},
                                               headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic c2VjcmV0"}])
def test_writes_with_missing_or_wrong_token_give_401(store, headers):
    response = _client(store, token="s3cret").post("/documents", json={"text": "Shelling hit Northtown."},
                                                   headers=headers)
    assert response.status_code == 401


def test_write_with_the_token_stores_the_document_once(store):
    client = _client(store, token="s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    first = client.post("/documents", json={"text": "Shelling hit Northtown.", "source": "Desk"}, headers=auth)
    again = client.post("/documents", json={"text": "Shelling hit Northtown."}, headers=auth)
    assert first.status_code == 201 and first.json()["stored"] is True and first.json()["facts"]["ev"] == ["ev-3"]
    assert again.json()["stored"] is False
    assert client.get(f"/documents/{first.json()['id']}").json()["source"] == "Desk"


def test_write_with_bad_body_gives_422(store):
    client = _client(store, token="s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    assert client.post("/documents", json={"text": ""}, headers=auth).status_code == 422
    assert client.post("/documents", json={"text": "x", "published": "June"}, headers=auth).status_code == 422


def test_openapi_is_served_and_lists_the_endpoints(store):
    paths = _client(store).get("/openapi.json").json()["paths"]
    for path in ("/events", "/events/{event_id}", "/facts/{fact_id}/evidence", "/places", "/actors",
                 "/quantities", "/control", "/documents/{doc_id}", "/documents", "/export/{format}"):
        assert path in paths


@pytest.mark.slow
def test_post_document_runs_the_real_pipeline(tmp_path):
    from frontwatch.pipeline import build_extractor

    try:
        settings = Settings(database_url="sqlite:///" + str(tmp_path / "real.db"), api_token="t")
        client = TestClient(create_app(settings, build_extractor=build_extractor))
        text = "Islamic State fighters seized the Iraqi city of Mosul on 10 June 2014, officials said."
        response = client.post("/documents", json={"text": text, "published": "2014-06-10"},
                               headers={"Authorization": "Bearer t"})
    except OSError as exc:  # a missing gazetteer cache or model
        pytest.skip(f"pipeline resources unavailable: {exc}")
    assert response.status_code == 201, response.text
    assert response.json()["stored"] is True
