"""A name told as a part of a town ("the X neighbourhood of Y", "X, a suburb of Y", "Y's X district"): placed in
town Y, at Y's own point and the precision of a part of the town when the gazetteer has no X near Y, never at a
namesake far away; a candidate X that lies in or near Y keeps its own point; a division or country Y, or a name
told with no part-of-town word, is read as before."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

from frontwatch.model import GeoPrecision
from frontwatch.resolve.geo_math import haversine_km


def _at(mentions, surface):
    found = [m for m in mentions if m.surface.startswith(surface) and m.place is not None]
    assert found, f"no resolved mention {surface!r} in {[(m.surface, m.place) for m in mentions]}"
    return found[0].place


def _km(a, b) -> float:
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


@pytest.mark.parametrize(("text", "part", "town", "country"), [
    ("Gunmen shot two traders in the Bosa district of Bogotá on Tuesday.", "Bosa", "Bogotá", "Colombia"),
    ("Police raided a house in the Eastleigh suburb of Nairobi.", "Eastleigh", "Nairobi", "Kenya"),
    ("In Karachi's Clifton area, gunmen robbed a jeweller.", "Clifton", "Karachi", "Pakistan"),
    ("Looters ransacked shops in Kensington, a leafy suburb of Johannesburg.", "Kensington", "Johannesburg",
     "South Africa"),
    ("Protesters blocked roads in the Roma neighbourhood of Mexico City.", "Roma", "Mexico City", "Mexico"),
    ("Fighting spread to the Belleville district of Paris.", "Belleville", "Paris", "France"),
    ("A car bomb exploded in the Karrada district of Baghdad.", "Karrada", "Baghdad", "Iraq"),
])
def test_a_part_of_a_town_is_never_a_namesake_afar(geoparse, text, part, town, country):
    mentions = geoparse(text)
    place, city = _at(mentions, part), _at(mentions, town)
    assert place.country == country
    assert _km(place, city) < 1.0
    assert place.precision == GeoPrecision.NEAR


@pytest.mark.parametrize(("text", "part", "town"), [
    ("Residents of the Kreuzberg quarter of Berlin marched against rent rises.", "Kreuzberg", "Berlin"),
    ("Riot police cleared a sit-in in the Mirpur area of Dhaka.", "Mirpur", "Dhaka"),
    ("A market was looted in the Bole neighbourhood of Addis Ababa.", "Bole", "Addis Ababa"),
    ("Protesters burned tyres in Independencia, a district of Lima, on Monday.", "Independencia", "Lima"),
    ("Residents of Pétion-Ville, a suburb of Port-au-Prince, fled the gangs.", "Pétion-Ville", "Port-au-Prince"),
    ("Gunmen kidnapped a pastor in the Surulere district of Lagos.", "Surulere", "Lagos"),
])
def test_a_part_the_gazetteer_has_near_its_town_keeps_its_own_point(geoparse, text, part, town):
    mentions = geoparse(text)
    place, city = _at(mentions, part), _at(mentions, town)
    assert place.country == city.country
    assert 1.0 < _km(place, city) < 40.0


@pytest.mark.parametrize(("text", "name", "country", "precision"), [
    ("Militants attacked a checkpoint in the Kurram district of Pakistan.", "Kurram", "Pakistan", GeoPrecision.NEAR),
    ("Clashes broke out in the Mopti region of Mali.", "Mopti", "Mali", GeoPrecision.REGION),
    ("Militants were seen in the Kidal area of Mali.", "Kidal", "Mali", GeoPrecision.TOWN),
    ("Taliban fighters overran Kandahar's Maywand district.", "Maywand", "Afghanistan", GeoPrecision.NEAR),
    ("Rioters burned shops in Alexandra, a township north of Johannesburg.", "Alexandra", "South Africa",
     GeoPrecision.TOWN),
])
def test_a_name_with_a_part_word_in_a_division_or_a_real_town_keeps_its_point(geoparse, text, name, country,
                                                                               precision):
    place = _at(geoparse(text), name)
    assert place.country == country
    assert place.precision == precision
    assert place.geonames_id is not None
