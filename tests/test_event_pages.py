"""Event pages: keyset cursors walk every match once in date-then-id order (undated last), on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from pg_fixtures import any_store, any_url, pg_url  # noqa: F401  (fixtures)

from frontwatch.api import create_app
from frontwatch.api.synthetic import synthetic_extractions
from frontwatch.model import DateSpan, TimePrecision
from frontwatch.settings import Settings
from frontwatch.store import EventFilter, Store
from frontwatch.store.reads import Cursor

LONG_SPAN = DateSpan(date(2014, 1, 1), date(2014, 12, 31), TimePrecision.MONTH, "in 2014")


def _fill(store: Store) -> None:
    """120 events over 12 days (many share a day), every 7th undated, one spanning the whole year."""
    rng = random.Random(5)
    for n, extraction in enumerate(synthetic_extractions(120, per_document=10, seed=11, days=12)):
        events = []
        for k, event in enumerate(extraction.events):
            if (n * 10 + k) % 7 == 3:
                event = replace(event, date=None)
            elif n == 4 and k == 0:
                event = replace(event, date=LONG_SPAN)
            events.append(event)
        rng.shuffle(events)
        store.save(replace(extraction, events=events))


@pytest.fixture()
def filled(any_store) -> Store:  # noqa: F811
    _fill(any_store)
    return any_store


def _expected(store: Store, flt: EventFilter) -> list[int]:
    """The page order computed in Python from every event: dated by (date, id), then undated by id."""
    rows = [r for r in store.events() if _matches(r, flt)]
    dated = sorted((r for r in rows if r.date_start), key=lambda r: (r.date_start, r.id))
    return [r.id for r in dated] + sorted(r.id for r in rows if r.date_start is None)


def _matches(row, flt: EventFilter) -> bool:
    if flt.event_type and row.event_type != flt.event_type:
        return False
    if flt.date_from and (row.date_end is None or row.date_end < flt.date_from):
        return False
    if flt.date_to and (row.date_start is None or row.date_start > flt.date_to):
        return False
    if flt.actor:
        names = [a.name.casefold() for a in (row.actor1, row.actor2) if a]
        if not any(flt.actor.casefold() in name for name in names):
            return False
    if flt.bbox:
        west, south, east, north = flt.bbox
        if row.place is None or not (west <= row.place.longitude <= east and south <= row.place.latitude <= north):
            return False
    return True


def _walk(store: Store, flt: EventFilter, limit: int) -> list[int]:
    ids, after = [], None
    while True:
        page = store.event_page(flt, limit, after)
        assert len(page.items) <= limit
        ids += [r.id for r in page.items]
        if page.next_cursor is None:
            return ids
        after = Cursor.decode(page.next_cursor.encode())


FILTERS = [
    EventFilter(),
    EventFilter(event_type="Battles"),
    EventFilter(date_from=date(2014, 6, 5), date_to=date(2014, 6, 8)),
    EventFilter(event_type="Battles", date_from=date(2014, 6, 6)),
    EventFilter(actor="liberation"),
    EventFilter(bbox=(41.0, 33.0, 43.5, 35.0)),
]


@pytest.mark.parametrize("limit", [1, 7, 50, 500])
@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: ",".join(
    k for k, v in vars(f).items() if v not in (None, 0)) or "all")
def test_a_cursor_walk_gives_every_match_once_in_date_then_id_order(filled, flt, limit):
    expected = _expected(filled, flt)
    assert expected, "the filter should select something"
    assert _walk(filled, flt, limit) == expected


def test_undated_events_come_last_and_a_date_window_leaves_them_out(filled):
    everything = _walk(filled, EventFilter(), 9)
    by_id = {r.id: r for r in filled.events()}
    dates = [by_id[i].date_start for i in everything]
    first_undated = dates.index(None)
    assert all(d is None for d in dates[first_undated:]) and None not in dates[:first_undated]
    windowed = _walk(filled, EventFilter(date_from=date(2014, 6, 1)), 9)
    assert all(by_id[i].date_start is not None for i in windowed)


def test_a_window_finds_an_event_that_began_long_before_it(filled):
    ids = _walk(filled, EventFilter(date_from=date(2014, 6, 10), date_to=date(2014, 6, 10)), 5)
    spans = [r for r in filled.events() if r.id in ids and r.date_start == LONG_SPAN.start]
    assert len(spans) == 1 and spans[0].date_end == LONG_SPAN.end


@pytest.mark.parametrize("limit", [1, 8, 200])
def test_offset_pages_give_the_cursor_order(filled, limit):
    expected = _expected(filled, EventFilter())
    got, offset = [], 0
    while True:
        page = filled.event_page(EventFilter(), limit, offset=offset)
        got += [r.id for r in page.items]
        if page.next_cursor is None:
            break
        offset += limit
    assert got == expected


def test_the_api_pages_by_cursor_and_still_by_offset(filled):
    client = TestClient(create_app(Settings(database_url=filled.url), store=filled))
    ids, cursor = [], None
    while True:
        body = client.get("/events", params={"limit": 25, **({"cursor": cursor} if cursor else {})}).json()
        ids += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert ids == [f"ev-{i}" for i in _expected(filled, EventFilter())]
    by_offset = client.get("/events", params={"limit": 25, "offset": 25}).json()
    assert [item["id"] for item in by_offset["items"]] == ids[25:50] and by_offset["next_offset"] == 50


@pytest.mark.parametrize("query", ["cursor=%%%", "cursor=bm9wZQ", "cursor=MjAxNC0wNi0wMX5h", "cursor=abc&offset=5"])
def test_a_bad_cursor_gives_422(filled, query):
    client = TestClient(create_app(Settings(database_url=filled.url), store=filled))
    assert client.get(f"/events?{query}").status_code == 422


def test_the_date_span_bound_follows_what_is_stored(any_store):  # noqa: F811
    [extraction] = synthetic_extractions(2, per_document=2, seed=1, start=date(2014, 6, 1), days=1)
    early = replace(extraction.events[0], date=DateSpan(date(2013, 1, 1), date(2014, 6, 1) + timedelta(days=30),
                                                        TimePrecision.MONTH))
    any_store.save(replace(extraction, events=[early, extraction.events[1]]))
    ids = [r.id for r in any_store.events(EventFilter(date_from=date(2014, 6, 20)))]
    assert [r.id for r in any_store.events() if r.date_start == date(2013, 1, 1)] == ids
