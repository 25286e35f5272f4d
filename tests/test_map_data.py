"""What the map and dashboard compute on the server: frames, clusters and stacks, charts, palette, basemap."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from fusion_fixtures import day, ev, report

from frontwatch.mapdata import Filters, MapService, build_frame, load_palette
from frontwatch.mapdata.basemap import shared_basemap
from frontwatch.mapdata.charts import histogram, ranking, totals, weekly
from frontwatch.mapdata.clusters import MAX_SINGLES, clusters
from frontwatch.model import Actor, Place
from frontwatch.store import Store

ARMY = Actor("State army", inter_code=1)
REBELS = Actor("Rebel front", inter_code=2)
TOWN = Place("Stacked Town", 36.0, 43.0, country="Iraq", admin1="Nineveh", population=50_000)
OTHER = Place("Other Town", 35.0, 44.0, country="Iraq", admin1="Kirkuk", population=20_000)
ABROAD = Place("Far City", 49.9, 36.2, country="Ukraine", admin1="Kharkiv", population=1_400_000)


@pytest.fixture()
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'map.db'}")
    store.save(report("m1", "Wire One", day(3), events=[
        ev("m1", "Armed clash", TOWN, day(2), ARMY, deaths=(3, 3), text=f"Clash number {i} in the town.")
        for i in range(5)]))
    store.save(report("m2", "Wire Two", day(10), events=[
        ev("m2", "Air/drone strike", OTHER, day(9), REBELS, etype="Explosions/Remote violence", deaths=(4, 4),
           text="A strike hit the other town."),
        ev("m2", "Peaceful protest", ABROAD, day(9), ARMY, etype="Protests", text="A march in the far city."),
    ]))
    yield store
    store.close()


def test_a_stack_on_one_point_is_one_cluster_that_lists_every_member(store):
    frame = build_frame(store, "reports")
    found = clusters(frame, np.ones(len(frame), bool), 6, None)
    stack = next(c for c in found if c.count == 5)
    assert stack.points == 1 and len(stack.ids) == 5 and stack.fatalities == 15
    assert sum(c.count for c in found) == 7


def test_many_events_group_by_screen_cell_and_zooming_in_splits_them(store):
    frame = build_frame(store, "reports")
    many = np.ones(len(frame), bool)
    assert len(frame) < MAX_SINGLES  # small frames group by point only
    assert len(clusters(frame, many, 2, (40, 30, 50, 40))) == 2  # the Ukrainian event lies outside the box


@pytest.mark.parametrize(("flt", "events", "dead"), [
    (Filters(), 7, 19),
    (Filters(country="Iraq"), 6, 19),
    (Filters(admin1="Kirkuk"), 1, 4),
    (Filters(actor="rebel"), 1, 4),
    (Filters(event_type="Battles"), 5, 15),
    (Filters(outlet="Wire Two"), 2, 4),
    (Filters(date_from=date(2030, 6, 5)), 2, 4),
    (Filters(date_to=date(2030, 6, 5)), 5, 15),
    (Filters(text="far city"), 1, 0),
])
def test_filters_select_the_expected_events_and_fatalities(store, flt, events, dead):
    frame = build_frame(store, "reports")
    assert totals(frame, frame.mask(flt, store)) == {"events": events, "fatalities": dead, "placed": events}


def test_weekly_series_and_rankings_add_up_to_the_totals(store):
    frame = build_frame(store, "reports")
    mask = frame.mask(Filters(), store)
    by_type = weekly(frame, mask, "type")
    assert sum(sum(s["events"]) for s in by_type["series"]) == 7
    assert sum(sum(s["fatalities"]) for s in by_type["series"]) == 19
    assert ranking(frame, mask, "country") == [{"name": "Iraq", "events": 6, "fatalities": 19},
                                               {"name": "Ukraine", "events": 1, "fatalities": 0}]
    strip = histogram(frame, frame.mask(Filters(country="Ukraine"), store))
    assert sum(strip["events"]) == 1 and strip["weeks"][0] <= "2030-06-02"


def test_the_frame_is_rebuilt_when_the_store_changes(store):
    service = MapService(store)
    first = service.frame("reports")
    assert service.frame("reports") is first
    store.save(report("m3", "Wire Three", day(12), events=[ev("m3", "Armed clash", OTHER, day(11), ARMY)]))
    service.invalidate()  # what a write through the app does; other writers are seen within VERSION_TTL
    assert len(service.frame("reports")) == len(first) + 1


def _lab(colour: str) -> np.ndarray:
    rgb = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    rgb = np.where(rgb > 0.04045, ((rgb + 0.055) / 1.055) ** 2.4, rgb / 12.92)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ rgb
    f = np.cbrt(np.maximum(xyz / np.array([0.95047, 1.0, 1.08883]), 0.008856 ** 1))
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_actor_colours_never_read_as_an_event_type():
    palette = load_palette()
    for actor in palette.actors:
        for event_type, colour in palette.event_types.items():
            assert np.linalg.norm(_lab(actor) - _lab(colour)) >= 25, (actor, event_type)
    assert len(set(palette.actors)) == len(palette.actors)


def _signed_area(ring: list[list[float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False)) / 2


def test_country_outlines_follow_the_right_hand_rule_and_stay_in_the_box():
    outlines = shared_basemap().geojson("countries", (-180, -85, 180, 85), 2)
    if not outlines["features"]:
        pytest.skip("the Natural Earth data package is not installed")
    assert len(outlines["features"]) > 200
    for feature in outlines["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        for exterior, *holes in polygons:
            assert _signed_area(exterior) > 0, feature["properties"]["name"]
            assert all(_signed_area(hole) < 0 for hole in holes)
    iraq = shared_basemap().geojson("countries", (42.0, 33.0, 45.0, 36.0), 8)
    points = [p for f in iraq["features"] for ring in _rings(f["geometry"]) for p in ring]
    assert points and all(41.999 <= x <= 45.001 and 32.999 <= y <= 36.001 for x, y in points)


def _rings(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


@pytest.mark.parametrize("layer", ["rivers", "provinces", "coastline"])
def test_line_layers_come_from_the_installed_packages(layer):
    found = shared_basemap().geojson(layer, (38.0, 29.0, 49.0, 38.0), 7)
    assert len(found["features"]) > 5


def test_town_labels_at_zoom_6_over_iraq_start_with_its_largest_cities():
    names = [label["name"] for label in shared_basemap().labels_in((38.0, 29.0, 49.0, 38.0), 6)
             if label["kind"] == "town"]
    assert {"Baghdad", "Mosul", "Erbil"} <= set(names[:8])
    assert "Sadr City" not in names  # a quarter of Baghdad: labelled only when zoomed in
