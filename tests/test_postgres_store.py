"""The store behaves the same on PostgreSQL: every storage test of test_store.py, plus race-safe upserts."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest
from pg_fixtures import any_store, any_url, pg_url  # noqa: F401  (fixtures)
from sqlalchemy import create_engine, func, select, text
from test_store import *  # noqa: F403  (test_store's tests run again here, on the `store` below)
from test_store import TEXT, make_extraction

from frontwatch.model import Actor, Place
from frontwatch.store import ActorRow, EventFilter, PlaceRow, Store, repository
from frontwatch.store.statements import UniqueInsert


@pytest.fixture()
def store(pg_url):  # noqa: F811  (replaces conftest's SQLite store for the imported tests)
    """An empty store in a fresh PostgreSQL database."""
    store = Store(pg_url)
    yield store
    store.close()


def _count(store: Store, table) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(table))


def test_insert_unless_present_keeps_one_row_per_unique_key(any_store):
    values = dict(name="Army of Examplestan", aliases=["EA"], inter_code=1, country=None, kind="state",
                  needs_review=False)
    insert_actor = UniqueInsert.of(ActorRow.__table__, ["name"], any_store.engine.dialect.name)
    with any_store.engine.begin() as connection:
        assert insert_actor.run(connection, values) is not None
        assert insert_actor.run(connection, {**values, "aliases": ["other"]}) is None
    [actor] = any_store.actors()
    assert actor.aliases == ["EA"]


def test_a_second_store_on_the_same_database_reuses_actors_and_places(any_url):
    first, second = Store(any_url), Store(any_url)
    try:
        assert first.save(make_extraction("a"))
        assert second.save(make_extraction("b", TEXT + " (updated)"))
        assert _count(first, ActorRow) == 1 and _count(first, PlaceRow) == 1
        assert len(first.events()) == 2
    finally:
        first.close()
        second.close()


@pytest.mark.postgres
def test_threads_saving_at_once_share_new_actors_and_places_without_losing_a_document(pg_url):
    """Eight writers at once, each naming the same two new actors (in opposite orders) and one new place."""
    stores = [Store(pg_url) for _ in range(8)]
    start = threading.Barrier(len(stores))
    results: list[bool | Exception] = []

    def write(i: int, store: Store) -> None:
        extraction = make_extraction(f"doc{i}", f"{TEXT} #{i}")
        event = extraction.events[0]
        one, two = Actor(f"Brigade {i % 2}", aliases=(f"b{i}",)), Actor("Militia", aliases=(f"m{i}",))
        event.actor1, event.actor2 = (one, two) if i % 2 else (two, one)
        event.place = replace(event.place, aliases=(f"p{i}",)) if event.place else Place("Kidal", 18.44, 1.41)
        start.wait()
        try:
            results.append(store.save(extraction))
        except Exception as exc:  # noqa: BLE001  (reported by the assertion below)
            results.append(exc)

    threads = [threading.Thread(target=write, args=(i, s)) for i, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        assert results == [True] * len(stores)
        names = [a.name for a in stores[0].actors()]
        assert sorted(names) == ["Brigade 0", "Brigade 1", "MNLA", "Militia"]
        assert _count(stores[0], PlaceRow) == 1
        assert len(stores[0].events()) == len(stores)
        [militia] = [a for a in stores[0].actors() if a.name == "Militia"]
        assert set(militia.aliases) == {f"m{i}" for i in range(len(stores))}  # no concurrent merge lost
    finally:
        for store in stores:
            store.close()


def _close_connections_from_the_server(url: str) -> None:
    """What a restart does to a client's pooled connections: the server ends every backend of the database."""
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    others = "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    try:
        with admin.connect() as connection:
            assert connection.scalar(text(f"SELECT count(pg_terminate_backend(pid)) {others}"))
            deadline = time.monotonic() + 10
            while connection.scalar(text(f"SELECT count(*) {others}")) and time.monotonic() < deadline:
                time.sleep(0.05)
    finally:
        admin.dispose()


READS = {
    "page of events": lambda store: [e.id for e in store.event_page(EventFilter(), 10).items],
    "one fact": lambda store: store.fact("ev-1").id,
    "actors (a session)": lambda store: [a.name for a in store.actors()],
    "documents (a session)": lambda store: [d.id for d in store.documents()],
    "document lookup (retried)": lambda store: store.has_document("doc1"),
}


@pytest.mark.postgres
@pytest.mark.parametrize(("read", "checked_at_checkout"), [
    ("page of events", True),
    ("one fact", True),
    ("actors (a session)", True),
    ("documents (a session)", True),
    ("document lookup (retried)", True),
    ("page of events", False),  # the server closed it after the checkout: the read is retried
    ("one fact", False),
])
def test_reads_after_the_server_closed_the_pooled_connections_do_not_fail(pg_url, monkeypatch, read,
                                                                          checked_at_checkout):
    store = Store(pg_url)
    try:
        store.save(make_extraction())
        before = READS[read](store)
        if not checked_at_checkout:
            monkeypatch.setattr(repository, "closed_by_server", lambda _connection: False)
        _close_connections_from_the_server(pg_url)
        assert READS[read](store) == before
    finally:
        store.close()
