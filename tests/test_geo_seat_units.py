"""A unit below districts named after its seat town ("X township", "X upazila", "X woreda", "X tehsil") beside the
district or region of the same name: the area of the seat town, placed at the town, never at the whole division's
point. Every sentence is written for this file."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

from frontwatch.resolve.geo_math import haversine_km


@pytest.mark.parametrize(("text", "unit", "town"), [
    ("On 4 June 2022, in Monywa township (Monywa district, Sagaing region), a bomb exploded near a market.",
     "Monywa township", "Monywa, Myanmar"),
    ("On 19 July 2021, in Magway township (Magway district, Magway region), a mine hit a military truck.",
     "Magway township", "Magway, Myanmar"),
    ("Rebels ambushed a convoy in Lashio township (Lashio district, Shan state) on Monday.", "Lashio township",
     "Lashio, Myanmar"),
    ("On 6 February 2019, unidentified gunmen killed two traders in Asosa woreda (Asosa zone, Benishangul-Gumuz).",
     "Asosa woreda", "Asosa, Ethiopia"),
    ("On 12 October 2018, students protested in Gambela woreda (Gambela region).", "Gambela woreda",
     "Gambela, Ethiopia"),
    ("On 3 September 2015, police clashed with opposition supporters in Gaibandha upazila (Gaibandha district, "
     "Rangpur).", "Gaibandha upazila", "Gaibandha, Bangladesh"),
    ("On 21 March 2014, militants attacked a polio team in Bannu tehsil (Bannu district, Khyber Pakhtunkhwa).",
     "Bannu tehsil", "Bannu, Pakistan"),
])
def test_a_seat_unit_is_placed_at_its_town(geoparse, geocoder, text, unit, town):
    found = [m.place for m in geoparse(text) if m.surface == unit and m.place is not None]
    name, country = town.split(", ")
    seat = geocoder.resolve(name, [country])
    assert found and seat is not None and seat.feature == "populated place"
    assert haversine_km(found[0].latitude, found[0].longitude, seat.latitude, seat.longitude) < 5
