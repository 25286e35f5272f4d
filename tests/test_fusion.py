"""Fusion: reports of one event become one fused event; merges are decisions analysts can change."""

from __future__ import annotations

import pytest
from fusion_fixtures import CITY, FAR_TOWN, REBELS, TAKEOVER, day, ev, report, takeover_reports

from frontwatch.errors import InputError
from frontwatch.fuse.events import force_merge, fuse_events, fused_events, list_merges, separate, undo_merge
from frontwatch.store import Store


@pytest.fixture()
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'fusion.db'}")
    yield store
    store.close()


def _save(store, extractions):
    for extraction in extractions:
        assert store.save(extraction)


def _event_ids(store) -> list[int]:
    return [e.id for e in store.events()]


def test_three_reports_of_one_takeover_fuse_into_one_event_with_three_sources(store):
    _save(store, takeover_reports())
    result = fuse_events(store)
    assert result.events == 3 and result.fused_events == 1
    [fused] = fused_events(store)
    assert fused.n_documents == 3 and fused.n_outlets == 3
    assert {s["doc"] for s in fused.sources} == {"d1", "d2", "d3"}
    assert fused.sub_event_type == TAKEOVER
    assert fused.location == CITY.name
    assert (fused.fatalities_low, fused.fatalities_high) == (10, 20)
    assert {(f["outlet"], f["low"]) for f in fused.fatalities_by_source} == {("Outlet One", 10), ("Outlet Two", 20)}


def test_two_independent_outlets_make_a_fused_event_confirmed(store):
    _save(store, takeover_reports()[:2])
    fuse_events(store)
    [fused] = fused_events(store)
    assert fused.certainty == "confirmed"


def test_one_outlet_alone_stays_reported(store):
    _save(store, takeover_reports()[:1])
    fuse_events(store)
    assert fused_events(store)[0].certainty == "reported"


def test_a_claim_repeated_by_two_outlets_stays_claimed(store):
    from frontwatch.model import Certainty

    _save(store, [
        report("c1", "One", day(11), events=[ev("c1", TAKEOVER, CITY, day(10), certainty=Certainty.CLAIMED)]),
        report("c2", "Two", day(11), events=[ev("c2", TAKEOVER, CITY, day(10), certainty=Certainty.CLAIMED)]),
    ])
    fuse_events(store)
    [fused] = fused_events(store)
    assert fused.certainty == "claimed" and fused.n_outlets == 2


def test_events_sixty_km_apart_stay_separate(store):
    _save(store, [
        report("a", "One", day(11), events=[ev("a", TAKEOVER, CITY, day(10))]),
        report("b", "Two", day(11), events=[ev("b", TAKEOVER, FAR_TOWN, day(10))]),
    ])
    assert fuse_events(store).fused_events == 2


def test_events_ten_days_apart_stay_separate(store):
    _save(store, [
        report("a", "One", day(11), events=[ev("a", TAKEOVER, CITY, day(1))]),
        report("b", "Two", day(11), events=[ev("b", TAKEOVER, CITY, day(11))]),
    ])
    assert fuse_events(store).fused_events == 2


def test_events_of_different_actors_stay_separate(store):
    from fusion_fixtures import ARMY

    _save(store, [
        report("a", "One", day(11), events=[ev("a", "Armed clash", CITY, day(10), REBELS)]),
        report("b", "Two", day(11), events=[ev("b", "Armed clash", CITY, day(10), ARMY)]),
    ])
    assert fuse_events(store).fused_events == 2


def test_every_automatic_merge_is_a_listed_decision(store):
    _save(store, takeover_reports())
    fuse_events(store)
    merges = list_merges(store)
    assert len(merges) == 2 and {m["kind"] for m in merges} == {"auto"}


def test_undone_merge_stays_apart_after_refusion(store):
    _save(store, takeover_reports()[:2])
    fuse_events(store)
    [decision] = list_merges(store)
    undo_merge(store, decision["id"], who="analyst")
    assert len(fused_events(store)) == 2
    result = fuse_events(store)
    assert result.fused_events == 2
    assert [m["kind"] for m in list_merges(store)] == ["undone"]
    assert list_merges(store)[0]["who"] == "analyst"


def test_forced_merge_joins_events_the_rules_keep_apart_and_survives_refusion(store):
    _save(store, [
        report("a", "One", day(11), events=[ev("a", TAKEOVER, CITY, day(10))]),
        report("b", "Two", day(11), events=[ev("b", TAKEOVER, FAR_TOWN, day(10))]),
    ])
    fuse_events(store)
    a, b = _event_ids(store)
    force_merge(store, f"ev-{a}", f"ev-{b}", who="analyst")
    assert len(fused_events(store)) == 1
    assert fuse_events(store).fused_events == 1
    assert [m["kind"] for m in list_merges(store)] == ["forced"]


def test_separate_keeps_two_matching_events_apart(store):
    _save(store, takeover_reports()[:2])
    a, b = _event_ids(store)
    separate(store, a, b, who="analyst")
    assert fuse_events(store).fused_events == 2


def test_new_reports_join_the_fused_event_on_refusion(store):
    reports = takeover_reports()
    _save(store, reports[:2])
    fuse_events(store)
    first = fused_events(store)[0].id
    _save(store, reports[2:])
    fuse_events(store)
    [fused] = fused_events(store)
    assert fused.id == first and fused.n_documents == 3


def test_undo_of_unknown_decision_is_an_input_error(store):
    with pytest.raises(InputError):
        undo_merge(store, "md-99", who="analyst")


def test_fusion_uses_the_reviewed_place_of_an_event(store):
    from frontwatch.fuse.review import edit

    _save(store, [
        report("a", "One", day(11), events=[ev("a", TAKEOVER, CITY, day(10))]),
        report("b", "Two", day(11), events=[ev("b", TAKEOVER, FAR_TOWN, day(10))]),
    ])
    assert fuse_events(store).fused_events == 2
    _, b = _event_ids(store)
    edit(store, f"ev-{b}", "place", CITY.name, who="analyst")
    assert fuse_events(store).fused_events == 1


def test_a_reviewed_place_moves_the_event_between_map_boxes(store):
    from frontwatch.fuse.review import edit
    from frontwatch.store import EventFilter

    def box_around(place):
        return (place.longitude - 0.1, place.latitude - 0.1, place.longitude + 0.1, place.latitude + 0.1)

    _save(store, [report("far", "One", day(11), events=[ev("far", TAKEOVER, FAR_TOWN, day(10))])] + [
        report(f"c{n}", "Two", day(11), events=[ev(f"c{n}", TAKEOVER, CITY, day(n))]) for n in range(1, 6)])
    moved = store.events(EventFilter(bbox=box_around(FAR_TOWN)))[0].id
    edit(store, f"ev-{moved}", "place", CITY.name, who="analyst")
    in_city = [e.id for e in store.events(EventFilter(bbox=box_around(CITY)))]
    assert moved in in_city and len(in_city) == 6
    for limit in (None, 1):  # both read paths: from the place index, and the date index with the copied point
        assert store.events(EventFilter(bbox=box_around(FAR_TOWN), limit=limit)) == []
        assert moved in {e.id for e in store.events(EventFilter(bbox=box_around(CITY), limit=limit, offset=5))}


def test_fusion_rules_file_is_validated_on_load(tmp_path):
    from frontwatch.errors import RegistryError
    from frontwatch.fuse.rules import load_rules

    bad = tmp_path / "rules.yaml"
    bad.write_text("merge: {max_km: -3}\n", encoding="utf-8")
    with pytest.raises(RegistryError):
        load_rules(bad)
    assert load_rules().max_km > 0


def test_fused_date_is_the_day_most_reports_cover(store):
    _save(store, [
        report("a", "One", day(11), events=[ev("a", TAKEOVER, CITY, day(10))]),
        report("b", "Two", day(11), events=[ev("b", TAKEOVER, CITY, day(11))]),
        report("c", "Three", day(11), events=[ev("c", TAKEOVER, CITY, day(10))]),
    ])
    fuse_events(store)
    [fused] = fused_events(store)
    assert (fused.date_start, fused.date_end) == (day(10), day(10))
