"""The gold-file loader and the scorer follow the rules of eval/FORMAT.md."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from frontwatch.errors import GoldFormatError
from frontwatch.evaluate import (
    GoldCheck,
    GoldControl,
    GoldEvent,
    GoldQuantity,
    GoldRecord,
    load_gold,
    render_report,
    score_all,
    score_record,
    scores_to_dict,
)
from frontwatch.evaluate._match import haversine_km
from frontwatch.evaluate._words import words_agree

# A fictional conflict: two towns 30 km apart (Ardel north of Bessin) and Corvo far away.
ARDEL = (10.0, 20.0)
BESSIN = (9.73, 20.0)  # about 30 km south of Ardel
CORVO = (12.0, 22.0)
ARMY = ["Military Forces of Zedland", "Zedland army", "army"]
REBELS = ["Zed Liberation Front", "ZLF", "rebels"]


def gold_event(**changes: Any) -> GoldEvent:
    values: dict[str, Any] = dict(
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1=REBELS,
        actor2=ARMY,
        location="Ardel",
        country="Zedland",
        lat=ARDEL[0],
        lon=ARDEL[1],
        date=date(2020, 3, 10),
        date_window_days=1,
        fatalities=4,
        certainty="reported",
    )
    values.update(changes)
    return GoldEvent(**values)


def system_event(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "kind": "event",
        "id": "e1",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Zed Liberation Front",
        "actor1_aliases": [],
        "location": "Ardel",
        "latitude": ARDEL[0],
        "longitude": ARDEL[1],
        "date_start": "2020-03-10",
        "date_end": "2020-03-10",
        "fatalities": 4,
        "certainty": "reported",
    }
    record.update(changes)
    return record


def gold_control(**changes: Any) -> GoldControl:
    values: dict[str, Any] = dict(
        actor=REBELS, place="Ardel", status="controls", lat=ARDEL[0], lon=ARDEL[1]
    )
    values.update(changes)
    return GoldControl(**values)


def system_control(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "kind": "control",
        "actor": "Zed Liberation Front",
        "actor_aliases": [],
        "place": "Ardel",
        "latitude": ARDEL[0],
        "longitude": ARDEL[1],
        "status": "controls",
    }
    record.update(changes)
    return record


def system_quantity(what: str, low: float | None, high: float | None) -> dict[str, Any]:
    return {"kind": "quantity", "actor": None, "what": what, "place": None, "low": low, "high": high}


def record(
    events: list[GoldEvent] = (),  # type: ignore[assignment]
    control: list[GoldControl] = (),  # type: ignore[assignment]
    quantities: list[GoldQuantity] = (),  # type: ignore[assignment]
    checks: list[GoldCheck] = (),  # type: ignore[assignment]
) -> GoldRecord:
    return GoldRecord(
        id="r1",
        published=date(2020, 3, 11),
        source="test",
        title="t",
        text="text",
        events=list(events),
        control=list(control),
        quantities=list(quantities),
        checks=list(checks),
    )


# --- events -------------------------------------------------------------------------


def test_perfect_system_scores_one_everywhere() -> None:
    gold = record(
        events=[gold_event()],
        control=[gold_control()],
        quantities=[GoldQuantity(what="fighters", low=200, high=300)],
        checks=[GoldCheck(kind="direction", place="Bessin", relative_to="Ardel")],
    )
    system = [
        system_event(),
        system_control(),
        system_quantity("fighters", 200, 300),
        {"kind": "finding", "what": "direction", "detail": "Bessin lies south of Ardel"},
    ]
    score = score_record(gold, system)
    for name in ("events", "events_by_type", "events_by_place_date", "control", "quantities"):
        prf = getattr(score, name)
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0), name
    assert score.actor1.rate == score.certainty.rate == score.fatalities.rate == 1.0
    assert score.geocoding.share_25 == 1.0 and score.geocoding.total == 2
    assert score.checks.rate == 1.0
    assert not score.unmatched_gold and not score.unmatched_system


def test_event_60_km_away_does_not_match() -> None:
    far = (ARDEL[0] + 0.54, ARDEL[1])  # ~60 km north
    assert 55 < haversine_km(*ARDEL, *far) < 65
    score = score_record(record(events=[gold_event()]),
                         [system_event(latitude=far[0], longitude=far[1])])
    assert score.events.matched == 0
    assert score.events_by_place_date.matched == 0
    assert score.events.precision == 0.0 and score.events.recall == 0.0
    assert "60 km" in score.unmatched_gold[0].text


def test_event_45_km_away_matches() -> None:
    near = (ARDEL[0] + 0.40, ARDEL[1])  # ~44 km north
    score = score_record(record(events=[gold_event()]),
                         [system_event(latitude=near[0], longitude=near[1])])
    assert score.events.matched == 1


def test_event_date_outside_window_does_not_match() -> None:
    late = system_event(date_start="2020-03-12", date_end="2020-03-12")  # window is 9..11 March
    score = score_record(record(events=[gold_event()]), [late])
    assert score.events.matched == 0
    assert "1 days outside the window" in score.unmatched_gold[0].text


def test_month_long_interval_overlapping_window_matches() -> None:
    month = system_event(date_start="2020-02-01", date_end="2020-02-29")
    gold = gold_event(date=date(2020, 3, 5), date_window_days=7)  # window 27 Feb .. 12 Mar
    assert score_record(record(events=[gold]), [month]).events.matched == 1
    far_gold = gold_event(date=date(2020, 3, 15), date_window_days=7)  # window 8 .. 22 Mar
    assert score_record(record(events=[far_gold]), [month]).events.matched == 0


def test_month_precision_dates_count_as_whole_month() -> None:
    month = system_event(date_start="2020-03", date_end="2020-03")
    gold = gold_event(date=date(2020, 3, 30), date_window_days=0)
    assert score_record(record(events=[gold]), [month]).events.matched == 1


def test_other_sub_event_type_matches_only_by_event_type_and_place() -> None:
    system = [system_event(sub_event_type="Government regains territory")]
    score = score_record(record(events=[gold_event()]), system)
    assert score.events.matched == 0
    assert score.events_by_type.matched == 1
    assert score.events_by_place_date.matched == 1
    other_type = [system_event(event_type="Explosions/Remote violence", sub_event_type="Grenade")]
    score = score_record(record(events=[gold_event()]), other_type)
    assert (score.events_by_type.matched, score.events_by_place_date.matched) == (0, 1)


def test_optional_event_match_earns_and_costs_nothing() -> None:
    gold = record(events=[gold_event(), gold_event(location="Bessin", lat=BESSIN[0],
                                                    lon=BESSIN[1], optional=True)])
    only_required = score_record(gold, [system_event()])
    both = score_record(gold, [system_event(),
                               system_event(location="Bessin", latitude=BESSIN[0],
                                            longitude=BESSIN[1])])
    for score in (only_required, both):
        assert (score.events.matched, score.events.system, score.events.gold) == (1, 1, 1)
        assert score.events.f1 == 1.0
    assert not only_required.unmatched_gold  # a missed optional event is no error


def test_extra_system_event_lowers_precision_only() -> None:
    system = [system_event(), system_event(location="Corvo", latitude=CORVO[0],
                                           longitude=CORVO[1])]
    score = score_record(record(events=[gold_event()]), system)
    assert score.events.precision == 0.5
    assert score.events.recall == 1.0
    assert [d.section for d in score.unmatched_system] == ["event"]
    assert "Corvo" in score.unmatched_system[0].text


def test_one_system_event_matches_only_one_gold_event() -> None:
    gold = record(events=[gold_event(), gold_event(lat=BESSIN[0], lon=BESSIN[1],
                                                   location="Bessin")])
    score = score_record(gold, [system_event()])
    assert (score.events.matched, score.events.gold) == (1, 2)
    assert "Bessin" in score.unmatched_gold[0].text  # the nearer gold event took it


def test_nearest_pairs_win_over_listing_order() -> None:
    gold = record(events=[gold_event(location="Bessin", lat=BESSIN[0], lon=BESSIN[1]),
                          gold_event()])
    system = [system_event(), system_event(location="Bessin", latitude=BESSIN[0],
                                           longitude=BESSIN[1])]
    score = score_record(gold, system)
    assert score.events.matched == 2
    assert score.geocoding.within_25 == 2


def test_required_gold_preferred_over_optional_when_tied() -> None:
    gold = record(events=[gold_event(optional=True), gold_event(actor1=ARMY)])
    score = score_record(gold, [system_event()])
    assert (score.events.matched, score.events.system) == (1, 1)


def test_event_without_coordinates_or_dates_never_matches() -> None:
    gold = record(events=[gold_event()])
    assert score_record(gold, [system_event(latitude=None)]).events.matched == 0
    assert score_record(gold, [system_event(date_start=None, date_end=None)]).events.matched == 0


# --- arguments ----------------------------------------------------------------------


def test_actor1_alias_counts_as_correct_ignoring_case() -> None:
    system = [system_event(actor1="Zedland People's Front", actor1_aliases=["zlf"])]
    score = score_record(record(events=[gold_event()]), system)
    assert score.actor1.correct == 1


def test_wrong_actor_certainty_and_fatalities_are_listed() -> None:
    system = [system_event(actor1="Zedland army", certainty="claimed", fatalities=None)]
    score = score_record(record(events=[gold_event()]), system)
    assert (score.actor1.correct, score.certainty.correct, score.fatalities.correct) == (0, 0, 0)
    assert score.actor1.total == 1
    assert len(score.argument_errors) == 3


def test_null_fatalities_in_gold_and_system_count_as_correct() -> None:
    score = score_record(record(events=[gold_event(fatalities=None)]),
                         [system_event(fatalities=None)])
    assert score.fatalities.correct == 1


def test_arguments_of_optional_matches_are_scored() -> None:
    score = score_record(record(events=[gold_event(optional=True)]),
                         [system_event(actor1="somebody")])
    assert (score.actor1.correct, score.actor1.total) == (0, 1)


# --- geocoding ----------------------------------------------------------------------


def test_geocoding_pairs_unmatched_gold_event_by_location_name() -> None:
    # wrong type, so no event match, but the system placed "Ardel" 30 km off (within 161, not 25)
    system = [system_event(sub_event_type="Government regains territory",
                           latitude=BESSIN[0], longitude=BESSIN[1])]
    score = score_record(record(events=[gold_event()]), system)
    assert score.events.matched == 0
    assert (score.geocoding.within_25, score.geocoding.within_161, score.geocoding.total) == (0, 1, 1)


def test_geocoding_counts_unnamed_required_point_as_miss_and_skips_optional() -> None:
    gold = record(events=[gold_event()],
                  control=[gold_control(place="Corvo", lat=CORVO[0], lon=CORVO[1], optional=True),
                           gold_control(place="Greater Zedland", lat=None, lon=None)])
    score = score_record(gold, [])
    assert (score.geocoding.within_161, score.geocoding.total) == (0, 1)
    assert "no system record" in score.geocoding_misses[0].text


def test_geocoding_uses_control_place_for_events() -> None:
    system = [system_control(place="ardel", latitude=ARDEL[0] + 0.1, longitude=ARDEL[1])]
    score = score_record(record(events=[gold_event()]), system)
    assert score.geocoding.within_25 == 1


# --- control ------------------------------------------------------------------------


def test_control_place_matched_within_25_km_under_another_name() -> None:
    system = [system_control(place="Ardel Airport", latitude=ARDEL[0] + 0.1, longitude=ARDEL[1])]
    score = score_record(record(control=[gold_control()]), system)
    assert score.control.f1 == 1.0


def test_control_place_matched_by_alias_anywhere() -> None:
    system = [system_control(place="Ardel City", place_aliases=["ARDEL"], latitude=None,
                             longitude=None)]
    assert score_record(record(control=[gold_control()]), system).control.matched == 1


def test_control_needs_same_status_and_actor() -> None:
    gold = record(control=[gold_control()])
    assert score_record(gold, [system_control(status="contested")]).control.matched == 0
    assert score_record(gold, [system_control(actor="Zedland army")]).control.matched == 0
    assert score_record(gold, [system_control(actor="X", actor_aliases=["Rebels"])]).control.matched == 1


def test_control_30_km_away_under_another_name_does_not_match() -> None:
    system = [system_control(place="Bessin", latitude=BESSIN[0], longitude=BESSIN[1])]
    score = score_record(record(control=[gold_control()]), system)
    assert (score.control.matched, score.control.precision, score.control.recall) == (0, 0.0, 0.0)


def test_optional_control_costs_nothing() -> None:
    gold = record(control=[gold_control(), gold_control(place="Greater Zedland", lat=None,
                                                        lon=None, status="partial",
                                                        optional=True)])
    system = [system_control(), system_control(place="Greater Zedland", status="partial",
                                               latitude=None, longitude=None)]
    score = score_record(gold, system)
    assert (score.control.matched, score.control.system, score.control.gold) == (1, 1, 1)


# --- quantities ---------------------------------------------------------------------


def test_quantity_open_ended_gold_overlaps_system_range() -> None:
    gold = record(quantities=[GoldQuantity(what="prisoners freed", low=1000, high=None)])
    assert score_record(gold, [system_quantity("prisoners", 3000, 3000)]).quantities.f1 == 1.0
    assert score_record(gold, [system_quantity("prisoners", 200, 900)]).quantities.matched == 0


def test_quantity_open_ended_system_overlaps_gold_range() -> None:
    gold = record(quantities=[GoldQuantity(what="wounded", low=100, high=999)])
    assert score_record(gold, [system_quantity("wounded", None, 150)]).quantities.matched == 1
    assert score_record(gold, [system_quantity("wounded", 1000, None)]).quantities.matched == 0


def test_quantity_words_must_agree() -> None:
    assert words_agree("prisoners freed", "prisoner")
    assert words_agree("population under control", "population controlled")
    assert words_agree("killed", "people killed")
    assert not words_agree("people at the station", "people killed")
    assert not words_agree("fighters", "helicopters")
    assert not words_agree("fighters", "the")
    gold = record(quantities=[GoldQuantity(what="fighters", low=2000, high=3000)])
    assert score_record(gold, [system_quantity("soldiers", 2500, 2500)]).quantities.matched == 0


def test_quantity_pairs_prefer_the_closest_range() -> None:
    gold = record(quantities=[GoldQuantity(what="killed", low=50, high=None),
                              GoldQuantity(what="children killed", low=5, high=5)])
    system = [system_quantity("killed", 5, 5), system_quantity("killed", 50, 50)]
    assert score_record(gold, system).quantities.matched == 2


def test_optional_quantity_costs_nothing() -> None:
    gold = record(quantities=[GoldQuantity(what="soldiers", low=1000, high=None, optional=True)])
    score = score_record(gold, [system_quantity("soldiers", 30000, 30000)])
    assert (score.quantities.matched, score.quantities.system, score.quantities.gold) == (0, 0, 0)
    assert score.quantities.f1 == 1.0


# --- checks -------------------------------------------------------------------------


def test_finding_naming_place_counts_the_check() -> None:
    gold = record(checks=[GoldCheck(kind="direction", place="Bessin", relative_to="Ardel")])
    found = score_record(gold, [{"kind": "finding", "what": "direction",
                                 "detail": "BESSIN lies 30 km south of Ardel, not north"}])
    by_place_field = score_record(gold, [{"kind": "finding", "what": "direction",
                                          "place": "Bessin", "detail": "wrong direction"}])
    wrong_kind = score_record(gold, [{"kind": "finding", "what": "distance",
                                      "detail": "Bessin is 30 km from Ardel"}])
    wrong_place = score_record(gold, [{"kind": "finding", "what": "direction",
                                       "detail": "Corvo lies east of Ardel"}])
    assert found.checks.rate == by_place_field.checks.rate == 1.0
    assert wrong_kind.checks.rate == wrong_place.checks.rate == 0.0
    assert wrong_place.unmatched_gold[0].section == "check"


# --- aggregation and report ---------------------------------------------------------


def test_score_all_sums_counts_over_records() -> None:
    one = score_record(record(events=[gold_event()]), [system_event()])
    two = score_record(record(events=[gold_event()]), [])
    scores = score_all([(record(events=[gold_event()]), [system_event()]),
                        (record(events=[gold_event()]), [])])
    assert scores.events.matched == one.events.matched + two.events.matched == 1
    assert (scores.events.precision, scores.events.recall) == (1.0, 0.5)
    assert len(scores.records) == 2 and len(scores.unmatched_gold) == 1


def test_scores_to_dict_is_json_and_report_renders() -> None:
    from rich.console import Console

    scores = score_all([(record(events=[gold_event()]), [system_event(certainty="claimed")])])
    data = json.loads(json.dumps(scores_to_dict(scores)))
    assert data["totals"]["events"]["f1"] == 1.0
    assert data["totals"]["certainty"]["rate"] == 0.0
    assert data["diagnostics"]["argument_errors"]
    console = Console(width=160, record=True)
    console.print(render_report(scores))
    assert "Events (sub-event type, place, date)" in console.export_text()


# --- gold files ---------------------------------------------------------------------


def _gold_line(**changes: Any) -> str:
    raw: dict[str, Any] = {
        "id": "x", "published": "2020-03-11", "source": "s", "title": "t", "text": "txt",
        "events": [{"event_type": "Battles", "sub_event_type": "Armed clash",
                    "actor1": ["A"], "actor2": [], "location": "Ardel", "country": "Z",
                    "lat": 10.0, "lon": 20.0, "date": "2020-03-10", "date_window_days": 1,
                    "fatalities": None, "certainty": "reported"}],
        "control": [{"actor": ["A"], "place": "Zedland", "status": "partial",
                     "as_of": "2020-03-11"}],
        "quantities": [{"actor": None, "what": "fighters", "low": 10, "high": None}],
        "checks": [],
    }
    raw.update(changes)
    return json.dumps(raw)


def test_load_gold_reads_records_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(_gold_line() + "\n\n" + _gold_line(id="y") + "\n")
    records = load_gold(path)
    assert [r.id for r in records] == ["x", "y"]
    assert records[0].events[0].optional is False
    assert records[0].control[0].lat is None
    assert records[0].quantities[0].high is None


@pytest.mark.parametrize(
    ("bad_line", "problem"),
    [
        ("{not json", "not valid JSON"),
        (_gold_line(id="x"), "duplicate id"),
        (_gold_line(id="z", events=[{"event_type": "Battles"}]), "events[0]: missing required key"),
        (_gold_line(id="z", events=[{**json.loads(_gold_line())["events"][0],
                                     "sub_event_type": "Grenade"}]), "belongs to"),
        (_gold_line(id="z", published="11/03/2020"), "'published'"),
        (_gold_line(id="z", control=[{"actor": ["A"], "place": "P", "status": "owns"}]), "'status'"),
        (_gold_line(id="z", quantities=[{"what": "x", "low": 5, "high": 1}]), "greater than"),
    ],
)
def test_gold_file_with_bad_line_raises_naming_the_line(
    tmp_path: Path, bad_line: str, problem: str
) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(_gold_line() + "\n" + bad_line + "\n")
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    message = str(info.value)
    assert "g.jsonl, line 2" in message
    assert problem in message


@pytest.mark.parametrize("name", ["seed.jsonl", "dev.jsonl"])
def test_real_gold_files_load(name: str, shared_dir: Path) -> None:
    path = shared_dir / "eval" / name
    records = load_gold(path)
    assert records and all(r.events for r in records)
    # a system echoing the gold back scores perfectly on it
    echo = [(g, _echo(g)) for g in records]
    scores = score_all(echo)
    assert scores.events.f1 == scores.control.f1 == scores.quantities.f1 == 1.0
    assert scores.geocoding.share_25 == 1.0


def _echo(gold: GoldRecord) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        system_event(event_type=e.event_type, sub_event_type=e.sub_event_type,
                     actor1=e.actor1[0], location=e.location, latitude=e.lat, longitude=e.lon,
                     date_start=str(e.date), date_end=str(e.date), fatalities=e.fatalities,
                     certainty=e.certainty)
        for e in gold.events
    ]
    out += [system_control(actor=c.actor[0], place=c.place, status=c.status, latitude=c.lat,
                           longitude=c.lon) for c in gold.control]
    out += [system_quantity(q.what, q.low, q.high) for q in gold.quantities]
    out += [{"kind": "finding", "what": c.kind, "detail": c.claim, "place": c.place}
            for c in gold.checks]
    return out
