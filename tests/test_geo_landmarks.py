"""A landmark news names as the place of a happening (a city square where crowds gather, a theme park) is a facility
of the gazetteer supplement at its own point inside its city: never no place, never a namesake elsewhere. Every
report is written for this file."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

from frontwatch.resolve.geo_math import haversine_km

LANDMARKS = [
    # (report, the landmark's mention, its country, its city)
    ("Thousands of protesters poured into Tahrir Square after Friday prayers.", "Tahrir Square", "Egypt", "Cairo"),
    ("Riot police fired water cannon at crowds in Taksim Square.", "Taksim Square", "Turkey", "Istanbul"),
    ("Health officials traced three new measles cases to Disneyland.", "Disneyland", "United States", "Anaheim"),
    ("Students camped in Syntagma Square for a week before the vote.", "Syntagma Square", "Greece", "Athens"),
    ("Police detained a man who unfurled a banner on Red Square.", "Red Square", "Russia", "Moscow"),
    ("Crowds gathered at Azadi Square to mark the anniversary.", "Azadi Square", "Iran", "Tehran"),
]


@pytest.mark.parametrize(("text", "surface", "country", "city"), LANDMARKS)
def test_a_landmark_is_placed_inside_its_city(geoparse, gazetteer, text, surface, country, city):
    found = [m.place for m in geoparse(text) if m.surface == surface and m.place is not None]
    assert found, f"{surface!r} not placed"
    assert found[0].country == country
    assert min(haversine_km(found[0].latitude, found[0].longitude, e.place.latitude, e.place.longitude)
               for e in gazetteer.candidates(city) if e.place.country == country) <= 20
