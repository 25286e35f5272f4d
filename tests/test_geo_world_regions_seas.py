"""The Americas and the seas and oceans news names are world regions (data/world_regions.csv): a point and a
footprint, so that a storm "in the Black Sea" or a ship "off the Arabian Sea coast" is placed there and not dropped
for want of a gazetteer entry. A division that shares a sea's name stays itself ("Red Sea state" in Sudan)."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("Dengue cases rose across the Americas this summer, the agency said.", "Americas", 10.0, -80.0),
    ("A cargo ship caught fire in the Indian Ocean on Sunday.", "Indian Ocean", -20.0, 80.0),
    ("Drones struck two tankers in the Black Sea overnight.", "Black Sea", 43.4, 34.3),
    ("A cyclone formed over the Arabian Sea and moved north.", "Arabian Sea", 15.0, 65.0),
    ("Navies held joint drills in the Baltic Sea last week.", "Baltic Sea", 58.0, 20.0),
    ("Coast guards rammed a fishing boat in the South China Sea.", "South China Sea", 12.0, 113.0),
])
def test_a_sea_or_the_americas_is_a_world_region(geoparse, text, name, lat, lon):
    place = next(m.place for m in geoparse(text) if m.surface == name and m.place is not None)
    assert (place.feature, round(place.latitude, 1), round(place.longitude, 1)) == ("world region", lat, lon)


def test_a_division_named_after_a_sea_stays_the_division(geoparse):
    text = "Militiamen attacked a market in Port Sudan, in Red Sea state, on Friday."
    places = [m.place for m in geoparse(text) if m.surface.startswith("Red Sea") and m.place is not None]
    assert places and all(p.feature != "world region" for p in places)
