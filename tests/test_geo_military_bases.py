"""A military base news names on its own ("stationed at Fort X", "jets took off from Y Air Base") is a facility of the
gazetteer supplement with its own point, beside the town its parent names: never no place, never a namesake town.
Every report is written for this file."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

from frontwatch.resolve.geo_math import haversine_km

BASES = [
    # (report, the base's mention, its country, its town, the most km from that town)
    ("Investigators said the spores had been kept in a freezer at Fort Detrick for a decade.", "Fort Detrick",
     "United States", "Frederick", 15),
    ("A private was found dead in his barracks at Fort Hood on Sunday, the army said.", "Fort Hood",
     "United States", "Killeen", 15),
    ("Two recruits collapsed in the heat during a road march at Fort Benning last week.", "Fort Benning",
     "United States", "Columbus", 25),
    ("The sergeant was flown home to Fort Campbell after his third deployment.", "Fort Campbell", "United States",
     "Clarksville", 25),
    ("Families living at Camp Lejeune were warned not to drink the tap water.", "Camp Lejeune", "United States",
     "Jacksonville", 15),
    ("Tankers refuelled at Incirlik Air Base before the strikes began.", "Incirlik Air Base", "Turkey", "Adana", 20),
    ("The drone that hit the convoy had flown from Camp Lemonnier, two officials said.", "Camp Lemonnier",
     "Djibouti", "Djibouti", 15),
]


@pytest.mark.parametrize(("text", "surface", "country", "town", "km"), BASES)
def test_a_military_base_named_alone_is_placed_beside_its_town(geoparse, gazetteer, text, surface, country, town,
                                                               km):
    found = [m.place for m in geoparse(text) if m.surface == surface and m.place is not None]
    assert found, f"{surface!r} not placed"
    assert found[0].country == country
    assert min(haversine_km(found[0].latitude, found[0].longitude, e.place.latitude, e.place.longitude)
               for e in gazetteer.candidates(town) if e.place.country == country) <= km  # the namesake beside it
