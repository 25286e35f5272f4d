"""Words that name a country's or division's capital name a town, not the area: "the X capital", "X's
provincial capital", "the regional capital of X", "the capital of X province", "the provincial capital"
after X was named, "the Somali capital" are mentions of the seat (X itself still names the area); events
and control claims take the town. A capital the text qualifies otherwise ("X's commercial capital") and
money ("capital markets") name no town."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

from frontwatch.errors import GazetteerError
from frontwatch.model import GeoPrecision
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.resolve.geo_sources import read_division_seats

PUBLISHED = date(2025, 3, 10)
AREAS = ("region", "district", "country")

# (text, the words naming the capital, the seat, (lat, lon) of the seat)
NAMED_FOR_ITS_CAPITAL = [
    ("Government troops entered the Tigray capital late on Thursday.", "Tigray", (13.50, 39.47)),
    ("Insurgents fired rockets at the Borno state capital overnight.", "Borno state", (11.85, 13.16)),
    ("The Taliban surrounded Helmand's provincial capital on Wednesday.", "Helmand", (31.59, 64.37)),
    ("Drones struck the regional capital of Zaporizhzhia oblast before dawn.", "Zaporizhzhia oblast",
     (47.82, 35.19)),
    ("Rebels pushed towards the capital of South Kivu province on Monday.", "South Kivu province", (-2.49, 28.84)),
    ("Soldiers patrolled the streets of Mali's capital after the vote.", "Mali", (12.65, -8.00)),
]


def _capital(mentions):
    [place] = [m.place for m in mentions if m.surface.endswith("capital") and m.place is not None]
    return place


@pytest.mark.parametrize(("text", "surface", "point"), NAMED_FOR_ITS_CAPITAL,
                         ids=[r[1] for r in NAMED_FOR_ITS_CAPITAL])
def test_the_words_naming_an_areas_capital_are_the_capital_town(geoparse, text, surface, point):
    mentions = geoparse(text)
    place = _capital(mentions)
    assert place.feature == "populated place" and place.precision != GeoPrecision.REGION, place
    assert haversine_km(place.latitude, place.longitude, *point) <= 25, place
    [area] = [m.place for m in mentions if m.surface == surface]
    assert area.feature in AREAS, area  # the area's own name still names the area


@pytest.mark.parametrize(("text", "point"), [
    ("Clashes spread across Kunduz province on Monday; by night fighters held the provincial capital.",
     (36.73, 68.86)),
    ("Bandits raided villages in Zamfara state, then attacked the state capital on Sunday.", (12.17, 6.66)),
    ("Floods cut roads in Ituri province and the provincial capital ran short of fuel.", (1.56, 30.25)),
])
def test_the_provincial_capital_after_a_division_is_its_seat(geoparse, text, point):
    place = _capital(geoparse(text))
    assert haversine_km(place.latitude, place.longitude, *point) <= 25, place


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Militants shelled the capital of Iraq's Diyala province on Monday.", "Baqubah", "Iraq"),
    ("Rebels closed in on the capital of Congo's North Kivu province overnight.", "Goma", "Congo"),
    ("Troops retook the capital of Afghanistan's Kunduz province after a week of fighting.", "Kunduz",
     "Afghanistan"),
])
def test_the_capital_of_a_countrys_province_is_the_provinces_not_the_countrys(geoparse, text, town, country):
    mentions = geoparse(text)
    assert _capital(mentions).name == town
    assert [m.place.feature for m in mentions if m.surface == country] == ["country"]


@pytest.mark.parametrize(("text", "capital"), [
    ("A car bomb went off near a hotel in the Somali capital on Saturday.", "Mogadishu"),
    ("Rebels were said to be a day's drive from the Congolese capital.", "Kinshasa"),
    ("Shops reopened across the Afghan capital city after the curfew.", "Kabul"),
])
def test_a_countrys_demonym_before_capital_is_its_capital(geoparse, text, capital):
    [place] = [m.place for m in geoparse(text) if m.surface.endswith(("capital", "capital city"))]
    assert place.name == capital


def test_a_demonym_not_made_from_the_countrys_name_gives_no_capital(geoparse):
    text = "Fighters closed in on the Tigrayan capital overnight."
    assert not [m for m in geoparse(text) if m.surface.endswith("capital")]


@pytest.mark.parametrize("text", [
    "Heavy rain fell over Kasai province. Tshikapa is the provincial capital and its roads flooded.",
    "Aid reached Borno state on Monday; Maiduguri, the state capital, received most of it.",
    "Fighting hit Vietnam's capital of Hanoi on Friday, officials said.",
    "Crowds filled the streets of Kenya's capital, Nairobi, after the ruling.",
    "Police sealed off the Ugandan capital Kampala before the march.",
    "Shells hit Bahir Dar, the capital of Amhara region, on Sunday.",
    "Residents of Kindu, Maniema's provincial capital, fled across the river.",
])
def test_a_capital_described_with_its_own_name_adds_no_other_town(geoparse, text):
    assert not [m for m in geoparse(text) if "capital" in m.surface]


@pytest.mark.parametrize(("text", "surface"), [
    ("Investors pulled money out of Kenya's capital markets on Friday.", "Kenya"),
    ("Traders shut their stalls across Nigeria's commercial capital on Monday.", "Nigeria"),
    ("Officials in Kherson oblast said the roads were open again.", "Kherson oblast"),
])
def test_an_area_not_named_for_its_seat_stays_the_area(geoparse, text, surface):
    mentions = geoparse(text)
    [place] = [m.place for m in mentions if m.surface == surface and m.place is not None]
    assert place.feature in AREAS, place
    assert not [m for m in mentions if "capital" in m.surface]


def test_taking_a_regions_capital_is_a_claim_over_the_town_not_the_region(extractor):
    result = extract(extractor, "Federal troops captured the Tigray capital on Saturday, the army said.", PUBLISHED)
    claims = {(c.actor.name, c.place.feature) for c in result.control}
    assert ("Military Forces of Ethiopia", "populated place") in claims
    assert not any(c.place.feature in AREAS for c in result.control), result.control


def test_an_event_at_a_provinces_capital_is_placed_at_the_town(extractor):
    result = extract(extractor, "Gunmen attacked a police post in the Kano state capital on Friday.", PUBLISHED)
    [event] = result.events
    assert event.place.feature == "populated place"
    assert haversine_km(event.place.latitude, event.place.longitude, 12.00, 8.52) <= 25, event.place


def _division(gazetteer, name, code):
    return next(e.place for e in gazetteer.candidates(name, features=("region",)) if e.country_code == code)


@pytest.mark.parametrize(("division", "code", "seat"), [
    ("Kunduz", "AF", "Kunduz"),  # the town that bears the division's name
    ("Kherson", "UA", "Kherson"),
    ("Tigray", "ET", "Mek'ele"),  # no such town: the largest
    ("Borno", "NG", "Maiduguri"),
    ("Balkh", "AF", "Mazār-e Sharīf"),  # division_seats.csv: the town "Balkh" is not the seat
    ("Salah ad-Din", "IQ", "Tikrīt"),  # ... nor is its largest town
])
def test_a_division_seat_is_the_curated_one_else_its_namesake_else_its_largest(gazetteer, division, code, seat):
    assert gazetteer.seat(_division(gazetteer, division, code)).name == seat


def test_a_countrys_seat_is_its_capital(gazetteer):
    assert gazetteer.seat(gazetteer.country("Ethiopia")).name == "Addis Ababa"


def test_every_curated_seat_is_found(gazetteer):
    for row in read_division_seats():
        seat = gazetteer.seat(_division(gazetteer, row.division, row.country_code))
        assert seat in gazetteer.lookup(row.seat), (row, seat)


def test_a_curated_seat_needs_its_three_columns(tmp_path):
    path = tmp_path / "seats.csv"
    path.write_text("country_code,division,seat,note\nIRQ,Diyala,Baqubah,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="row 2"):
        read_division_seats(path)
