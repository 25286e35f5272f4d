"""A country's or first-level division's short form in capitals that the abbreviation file reads anywhere ("DRC",
"NSW", "UAE"; data/place_abbreviations.csv, kind "any") is a name wherever a text written in case has it, though NER
labels it nothing or a number ("across northern NSW" as a cardinal); so is a city's short form the file reads in
capitals only (kind "capitals": "NYC", "ATL", "NOLA"), three letters or more ("LA", "SF" are words or initials as
often). Fit parts: GeoVirus 5 gold toponyms found ("DRC" after its full name in brackets, "regional NSW"),
GeoCorpora 2 ("USA"), LGL none; 2 false. The cities' short forms: GeoCorpora's fit part +2 gold ("#NYC"), no false."""

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


@pytest.mark.parametrize(("text", "surface", "city"), [
    ("Marchers gathered outside the consulate tonight #NYC #protest", "NYC", "New York City"),
    ("Teachers walked out over unpaid wages #ATL #strike", "ATL", "Atlanta"),
    ("Looting was reported overnight #OKC #riot", "OKC", "Oklahoma City"),
    ("Strikers blocked the port road today #NOLA #union", "NOLA", "New Orleans"),
    ("Two schools closed after the threats #STL #lockdown", "STL", "St. Louis"),
], ids=["nyc-hashtag", "atl-hashtag", "okc-hashtag", "nola-hashtag", "stl-hashtag"])
def test_a_city_short_form_in_capitals_ner_missed_is_read(geoparse, text, surface, city):
    assert [m.place.name for m in geoparse(text) if m.surface == surface and m.place is not None] == [city]
