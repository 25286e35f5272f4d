"""A country's or first-level division's short form in capitals that the abbreviation file reads anywhere ("DRC",
"NSW", "UAE"; data/place_abbreviations.csv, kind "any") is a name wherever a text written in case has it, though NER
labels it nothing or a number ("across northern NSW" as a cardinal). Fit parts: GeoVirus 5 gold toponyms found
("DRC" after its full name in brackets, "regional NSW"), GeoCorpora 2 ("USA"), LGL none; 2 false."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Fighting displaced thousands in eastern DRC this week.", "eastern DRC", "Democratic Republic of the Congo"),
    ("Militias attacked villages in north-eastern DRC.", "north-eastern DRC", "Democratic Republic of the Congo"),
    ("Bushfires forced evacuations across northern NSW on Sunday.", "northern NSW", "Australia"),
    ("Flood warnings remain in place for coastal NSW tonight.", "NSW", "Australia"),
    ("The airline added flights to the UAE after the holiday.", "UAE", "United Arab Emirates"),
])
def test_an_area_abbreviation_ner_missed_is_read(geoparse, text, surface, country):
    assert [m.place.country for m in geoparse(text) if m.surface == surface and m.place is not None] == [country]

