"""A second-level division that shares its name with one abroad: in a text whose other places (cities too, not only
country names) back other countries and never the namesake's, "the X district near Y" is no county of another
country; "Y's X Zone", with Y a town, is a part of Y. At home the division stays ("X County" beside its state; a
district near a neighbour's border in a report on its own country). Every sentence is written for this file."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

PUBLISHED = date(2024, 5, 13)


def _countries(mentions, surface: str) -> set[str | None]:
    return {m.place.country if m.place else None for m in mentions if m.surface.startswith(surface)}


@pytest.mark.parametrize(("text", "name", "country"), [
    # a city-only text with a division word after a name the US or UK also gives a county
    ("Gunmen torched a school in the Franklin county north of Kaduna overnight.", "Franklin", "Nigeria"),
    ("Jihadists shelled an outpost in the Polk district near Mopti, killing one soldier.", "Polk", "Mali"),
    ("Soldiers shot dead two protesters in the Jackson province outside Kinshasa last week.", "Jackson",
     "Democratic Republic of the Congo"),
    ("Police arrested twenty demonstrators in the Marion zone near Bamako on Tuesday.", "Marion", "Mali"),
    ("Rebels attacked an army post in the Lake district near Goma on Monday, killing four soldiers.", "Lake",
     "Democratic Republic of the Congo"),
    ("Militiamen clashed with troops in the Orange district near Bunia on Sunday.", "Orange",
     "Democratic Republic of the Congo"),
])
def test_a_division_abroad_needs_its_country_backed(geoparse, extractor, text, name, country):
    assert _countries(geoparse(text), name) <= {None, country}
    events = extract(extractor, text, PUBLISHED).events
    assert events and all(e.place is not None and e.place.country == country for e in events)


@pytest.mark.parametrize(("text", "zone", "country"), [
    # "Y's X Zone", Y a town: a part of Y, at Y's point, never a county of the name abroad
    ("Mortars fell on Baghdad's Green Zone on Tuesday, wounding two guards.", "Green Zone", "Iraq"),
    ("Drones struck a depot in Aden's Orange Zone overnight, witnesses said.", "Orange Zone", "Yemen"),
    ("Protesters blocked roads in Kampala's Clay Zone on Wednesday.", "Clay Zone", "Uganda"),
    ("Militiamen looted shops in Bangui's Lake Zone last week.", "Lake Zone", "Central African Republic"),
    ("A rocket hit a hotel in Mogadishu's Jackson Zone on Sunday.", "Jackson Zone", "Somalia"),
])
def test_a_towns_zone_is_part_of_the_town(geoparse, text, zone, country):
    assert _countries(geoparse(text), zone) == {country}


@pytest.mark.parametrize(("text", "name", "country"), [
    # at home the division stays: its state or country named, or a neighbour named only by its border
    ("Deputies arrested two men in Polk County after a shooting near Lakeland, Florida, on Friday.", "Polk County",
     "United States"),
    ("Police in Madison County, Alabama, said a gunman killed two people in Huntsville on Tuesday.", "Madison County",
     "United States"),
    ("Militants killed three policemen in the Bajaur district near the Afghan border, officials in Peshawar said.",
     "Bajaur district", "Pakistan"),
    ("Taliban fighters attacked a post in the Kurram district near the Afghan border, Pakistani officials said.",
     "Kurram district", "Pakistan"),
    ("Riot police clashed with fans in Kent after a match in Canterbury, England, on Saturday.", "Kent",
     "United Kingdom"),
])
def test_a_division_at_home_stays(geoparse, text, name, country):
    assert _countries(geoparse(text), name) == {country}
