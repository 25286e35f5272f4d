"""Population under control: computed from gazetteer populations, shown beside claimed figures."""

from __future__ import annotations

import pytest
from fusion_fixtures import AIRPORT, CITY, HALF_TOWN, REBELS, TAKEOVER, TOWN, ct, day, ev, qt, report

from frontwatch.fuse.population import population_under_control
from frontwatch.model import ControlStatus
from frontwatch.store import Store


@pytest.fixture()
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'population.db'}")
    yield store
    store.close()


def test_population_counts_full_controlled_half_partial_and_no_facility(store):
    store.save(report("a", "One", day(11), events=[ev("a", TAKEOVER, CITY, day(10))], control=[
        ct("a", TOWN, ControlStatus.CONTROLS, day(11), start=10),
        ct("a", HALF_TOWN, ControlStatus.PARTIAL, day(11), start=20),
        ct("a", AIRPORT, ControlStatus.CONTROLS, day(11), start=30),
    ], quantities=[qt("a", "population under control", 5_000_000, None)]))
    [estimate] = population_under_control(store, day(12))
    assert estimate.actor == REBELS.name
    assert estimate.computed == 1_000_000 + 300_000 + 200_000
    airport = next(s for s in estimate.places if s.interval.place.name == AIRPORT.name)
    assert airport.counted == 0
    assert [q.low for q in estimate.claimed] == [5_000_000]


def test_threatened_places_count_nothing(store):
    store.save(report("a", "One", day(11), control=[ct("a", TOWN, ControlStatus.THREATENED, day(11))]))
    [estimate] = population_under_control(store, day(12))
    assert estimate.computed == 0


def test_population_before_the_takeover_is_zero(store):
    store.save(report("a", "One", day(11), events=[ev("a", TAKEOVER, CITY, day(10))]))
    assert population_under_control(store, day(9)) == []
