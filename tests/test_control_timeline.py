"""Control timeline: who holds which place over time, from claims and territorial events."""

from __future__ import annotations

import pytest
from fusion_fixtures import ARMY, CITY, HALF_TOWN, REBELS, TAKEOVER, TOWN, ct, day, ev, report

from frontwatch.fuse.control import control_as_of, control_timeline
from frontwatch.model import Certainty, ControlStatus
from frontwatch.store import Store


@pytest.fixture()
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'control.db'}")
    yield store
    store.close()


def _holdings(rows) -> set[tuple[str, str, str]]:
    return {(r.actor, r.place.name, r.status) for r in rows}


def test_takeover_event_makes_its_actor_control_the_place_from_the_event_date(store):
    store.save(report("a", "One", day(11), events=[ev("a", TAKEOVER, CITY, day(10))]))
    assert _holdings(control_as_of(store, day(12))) == {(REBELS.name, CITY.name, "controls")}
    assert control_as_of(store, day(9)) == []


def test_control_table_as_of_a_date_lists_claims_of_several_places(store):
    store.save(report("a", "One", day(11), control=[
        ct("a", TOWN, ControlStatus.CONTROLS, day(11)),
        ct("a", HALF_TOWN, ControlStatus.PARTIAL, day(11), start=50),
    ]))
    assert _holdings(control_as_of(store, day(12))) == {
        (REBELS.name, TOWN.name, "controls"), (REBELS.name, HALF_TOWN.name, "partial")}


def test_government_regaining_a_place_ends_the_rebel_interval(store):
    store.save(report("a", "One", day(11), events=[ev("a", TAKEOVER, CITY, day(10))]))
    store.save(report("b", "Two", day(25), events=[ev("b", "Government regains territory", CITY, day(24), ARMY)]))
    assert _holdings(control_as_of(store, day(20))) == {(REBELS.name, CITY.name, "controls")}
    assert _holdings(control_as_of(store, day(26))) == {(ARMY.name, CITY.name, "controls")}
    [rebel] = [i for i in control_timeline(store) if i.actor == REBELS.name]
    assert rebel.end == day(24) and rebel.ended_by == ARMY.name


def test_claimed_control_is_kept_apart_from_reported_control(store):
    store.save(report("a", "One", day(11), control=[
        ct("a", TOWN, ControlStatus.CONTROLS, day(11), certainty=Certainty.CLAIMED)]))
    [row] = control_as_of(store, day(12))
    assert row.basis == "claimed" and row.certainty == "claimed"
    assert control_as_of(store, day(12), include_claimed=False) == []


def test_interval_keeps_its_evidence_and_two_outlets_confirm_it(store):
    store.save(report("a", "One", day(11), control=[ct("a", TOWN, ControlStatus.CONTROLS, day(11))]))
    store.save(report("b", "Two", day(12), control=[ct("b", TOWN, ControlStatus.CONTROLS, day(11))]))
    [row] = control_as_of(store, day(12))
    assert {e.doc_id for e in row.evidence} == {"a", "b"}
    assert row.certainty == "confirmed"


def test_threatened_then_controls_is_two_intervals(store):
    store.save(report("a", "One", day(5), control=[ct("a", TOWN, ControlStatus.THREATENED, day(5))]))
    store.save(report("b", "Two", day(11), control=[ct("b", TOWN, ControlStatus.CONTROLS, day(10))]))
    assert _holdings(control_as_of(store, day(7))) == {(REBELS.name, TOWN.name, "threatened")}
    assert _holdings(control_as_of(store, day(12))) == {(REBELS.name, TOWN.name, "controls")}


def test_two_stored_names_of_one_actor_share_one_interval(store):
    from fusion_fixtures import REBELS_ALIAS

    store.save(report("a", "One", day(11), events=[ev("a", TAKEOVER, CITY, day(10))]))
    store.save(report("b", "Two", day(11), events=[ev("b", TAKEOVER, CITY, day(10), REBELS_ALIAS)]))
    [row] = control_as_of(store, day(12))
    assert row.actor == REBELS.name and {e.doc_id for e in row.evidence} == {"a", "b"}
    assert [i for i in control_timeline(store) if i.ended_by] == []
