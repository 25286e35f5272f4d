"""A division is placed at the centroid of its outline where an installed package outlines the areas it is made of
(geo_sources.outline_points; the point convention of training/GEO_DATA.md, round 42)."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer  # noqa: F401  (fixture)
from shapely.geometry import box

from frontwatch.resolve.geo_math import haversine_km
from frontwatch.resolve.geo_sources import outline_points

WEST, EAST, NORTH = box(0, 0, 2, 2), box(2, 0, 4, 2), box(0, 2, 2, 4)  # (lon, lat) squares


def _towns(lat: float, lon: float, n: int) -> list[tuple[float, float]]:
    return [(lat + 0.1 * i, lon + 0.1 * i) for i in range(n)]


@pytest.mark.parametrize(("outlines", "members", "expected"), [
    ({1: [WEST]}, {"AA.01": _towns(0.5, 0.5, 3)}, {"AA.01": (1.0, 1.0)}),
    ({1: [WEST, EAST]}, {"AA.01": _towns(0.5, 0.5, 2) + _towns(0.5, 2.5, 2)}, {"AA.01": (1.0, 2.0)}),
    ({1: [WEST]}, {"AA.01": _towns(0.5, 0.5, 3), "AA.02": _towns(1.5, 1.2, 1)}, {"AA.01": (1.0, 1.0)}),
    ({1: [WEST, EAST]}, {"AA.01": _towns(0.5, 0.5, 2) + _towns(0.5, 2.5, 3), "AA.02": _towns(1.2, 2.6, 3)},
     {"AA.01": (1.0, 1.0)}),
    ({1: [WEST, NORTH]}, {"AA.01": _towns(0.5, 0.5, 3)}, {"AA.01": (1.0, 1.0)}),
    ({1: [WEST, EAST], 2: [WEST, EAST]},
     {"AA.01": _towns(0.5, 0.5, 3) + _towns(0.5, 2.5, 3), "AA.01.001": _towns(0.5, 2.5, 3)},
     {"AA.01": (1.0, 2.0), "AA.01.001": (1.0, 3.0)}),
    ({1: [box(0, 0, 4, 2)], 2: [WEST, EAST]},
     {"AA.01": _towns(0.5, 0.5, 3) + _towns(0.5, 2.5, 3), "AA.01.001": _towns(0.5, 2.5, 3)},
     {"AA.01": (1.0, 2.0), "AA.01.001": (1.0, 3.0)}),
    ({1: [WEST]}, {"AA.01.001": _towns(0.5, 0.5, 3)}, {}),
    ({1: [WEST]}, {"AA.01": _towns(0.5, 0.5, 3), "BB.07": _towns(10.0, 10.0, 5)}, {"AA.01": (1.0, 1.0)}),
    ({}, {"AA.01": _towns(0.5, 0.5, 3)}, {}),
], ids=["the outline its towns lie in", "two outlines make one division", "an outline goes to the division with most "
        "of its towns", "an outline two divisions share evenly is neither's",
        "an outline holding no towns is no division's", "each level takes its outlines apart",
        "a province's outline is none of its counties'", "a level no outline is given for keeps its points",
        "a division no outline holds keeps its own point", "no outlines installed"])
def test_a_division_lies_at_the_centroid_of_the_outlines_its_towns_fill(outlines, members, expected):
    points = outline_points(outlines, members)
    assert points.keys() == expected.keys()
    assert all(points[code] == pytest.approx(expected[code]) for code in expected)


# GeoNames' own points of first-level divisions (the convention of LGL and GeoCorpora); the US states are the
# divisions an installed package outlines (county outlines). Main's countrystatecity points lie 40-280 km off.
@pytest.mark.parametrize(("name", "lat", "lon"), [
    ("California", 37.25, -119.75), ("Texas", 31.25, -99.25), ("Florida", 28.75, -82.5),
    ("New York", 43.0, -75.5), ("Minnesota", 46.25, -94.25), ("Alabama", 32.75, -86.75),
    ("Georgia", 32.75, -83.5), ("South Carolina", 34.0, -81.0), ("Indiana", 40.0, -86.25),
    ("Nebraska", 41.5, -99.75), ("Tennessee", 35.75, -86.25),
    pytest.param("North Carolina", 35.5, -80.0, marks=pytest.mark.xfail(
        reason="its outline's centroid lies 58 km east of GeoNames' point (the coast's barrier islands)", strict=True)),
])
def test_an_outlined_division_lies_near_the_geonames_point(gazetteer, name, lat, lon):  # noqa: F811
    state = next(p for p in gazetteer.lookup(name) if p.feature == "region" and p.country == "United States")
    assert haversine_km(lat, lon, state.latitude, state.longitude) < 30


# A province of another country whose listed point is its capital at one edge lies at the middle of its land: the
# pieces Natural Earth's first-level lines cut the land into (round 43). The middles are approximate (within 50 km).
@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("São Paulo", "Brazil", -22.3, -48.6), ("Rio de Janeiro", "Brazil", -22.2, -42.6),
    ("Amazonas", "Brazil", -4.2, -64.6), ("Maharashtra", "India", 19.5, 76.0),
    ("Finnmark", "Norway", 70.0, 25.5), ("Telemark", "Norway", 59.5, 8.5),
], ids=["a state whose capital lies near its coast", "a coastal state named like its capital",
        "a vast state whose capital lies at its east", "a state whose capital lies on its coast",
        "a county whose listed point lies at its eastern tip", "a county whose listed point is its port"])
def test_a_province_abroad_lies_at_the_middle_of_its_land(gazetteer, name, country, lat, lon):  # noqa: F811
    province = next(p for p in gazetteer.lookup(name) if p.feature == "region" and p.country == country)
    assert haversine_km(lat, lon, province.latitude, province.longitude) < 50
