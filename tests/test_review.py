"""Analyst review: accept, reject or edit a fact; the reviewed value wins over extraction and fusion."""

from __future__ import annotations

import pytest
from fusion_fixtures import CITY, TAKEOVER, TOWN, ct, day, ev, qt, report, takeover_reports

from frontwatch.errors import InputError
from frontwatch.fuse.control import control_as_of
from frontwatch.fuse.events import fuse_events, fused_events
from frontwatch.fuse.ledgers import force_estimates
from frontwatch.fuse.review import accept, edit, reject, review_log
from frontwatch.model import ControlStatus
from frontwatch.store import Store


@pytest.fixture()
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'review.db'}")
    yield store
    store.close()


def test_edited_fatalities_survive_refusion_and_reingest(store):
    reports = takeover_reports()
    for r in reports:
        store.save(r)
    first = store.events()[0]
    edit(store, f"ev-{first.id}", "fatalities_low", "50", who="ana")
    edit(store, f"ev-{first.id}", "fatalities_high", "60", who="ana")
    fuse_events(store)
    assert store.save(reports[0]) is False  # same content id: skipped, the edit stays in force
    fuse_events(store)
    [fused] = fused_events(store)
    assert fused.fatalities_high == 60
    assert any(f["low"] == 50 and f["event"] == f"ev-{first.id}" for f in fused.fatalities_by_source)


def test_rejected_event_leaves_the_fused_event(store):
    for r in takeover_reports():
        store.save(r)
    reject(store, f"ev-{store.events()[-1].id}", who="ana", note="wrong place")
    fuse_events(store)
    [fused] = fused_events(store)
    assert fused.n_documents == 2


def test_rejected_control_claim_no_longer_holds(store):
    store.save(report("a", "One", day(11), control=[ct("a", TOWN, ControlStatus.CONTROLS, day(11))]))
    assert control_as_of(store, day(12))
    reject(store, "ct-1", who="ana")
    assert control_as_of(store, day(12)) == []


def test_accept_after_reject_restores_the_fact(store):
    store.save(report("a", "One", day(11), control=[ct("a", TOWN, ControlStatus.CONTROLS, day(11))]))
    reject(store, "ct-1", who="ana")
    accept(store, "ct-1", who="ben")
    assert len(control_as_of(store, day(12))) == 1


def test_edited_control_status_is_used(store):
    store.save(report("a", "One", day(11), control=[ct("a", TOWN, ControlStatus.CONTROLS, day(11))]))
    edit(store, "ct-1", "status", "partial", who="ana")
    [row] = control_as_of(store, day(12))
    assert row.status == "partial"


def test_edited_quantity_reaches_the_force_ledger(store):
    store.save(report("a", "One", day(11), quantities=[qt("a", "fighters", 800, 800)]))
    edit(store, "qt-1", "high", "1200", who="ana")
    [entry] = force_estimates(store)
    assert (entry.quantity.low, entry.quantity.high) == (800, 1200)


def test_review_log_exports_who_when_field_old_and_new(store):
    store.save(report("a", "One", day(11), events=[ev("a", TAKEOVER, CITY, day(10))]))
    edit(store, "ev-1", "date_start", "2030-06-09", who="ana", note="local sources")
    [entry] = review_log(store)
    assert entry["who"] == "ana" and entry["field"] == "date_start"
    assert (entry["old"], entry["new"]) == ("2030-06-10", "2030-06-09")
    assert entry["at"] and entry["fact_id"] == "ev-1"


def test_edit_of_unknown_field_or_bad_value_is_an_input_error(store):
    store.save(report("a", "One", day(11), control=[ct("a", TOWN, ControlStatus.CONTROLS, day(11))]))
    with pytest.raises(InputError):
        edit(store, "ct-1", "colour", "red", who="ana")
    with pytest.raises(InputError):
        edit(store, "ct-1", "status", "owns", who="ana")
    with pytest.raises(InputError):
        reject(store, "ct-99", who="ana")
