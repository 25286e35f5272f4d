"""A well-known place's name inside a longer title-case name, right before a place head ("riot", "earthquake",
"flood", "siege", "police"; data/geo_terms.yaml `place_heads`), is a place mention wherever it stands in the name:
"the Great X Earthquake", "South X Flood Relief" (news names happenings after where they happened, and a title's
first words need not be the place). The name's first words were read so before; further in, only a `salient` name
(Geocoder._salient: a country, division or well-known town), since a small town's name there is a person's or a
thing's as often ("the Riverside Ronan Flood tribute", "the Golden Tornado"). GeoCorpora's fit part: +5 gold, no
false mention (with no `salient` guard: +8 gold, +11 false)."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Families who lost children in the Great Gansu Earthquake marched on Sunday.", "Gansu", "China"),
    ("Archive photos recall the Great Manila Flood that drowned whole districts.", "Manila", "Philippines"),
    ("Veterans of the Long Sarajevo Siege met the president.", "Sarajevo", "Bosnia and Herzegovina"),
    ("Donations poured in for the South Punjab Flood Relief fund.", "Punjab", "Pakistan"),
    ("A memorial marks the Bloody Karachi Riots of that summer.", "Karachi", "Pakistan"),
    ("Scientists still study the Great Alaska Earthquake aftershocks.", "Alaska", "United States"),
], ids=["great-earthquake", "great-flood", "long-siege", "south-flood-relief", "bloody-riots",
        "earthquake-aftershocks"])
def test_a_salient_place_before_a_place_head_inside_a_title_is_read(geoparse, text, surface, country):
    assert [m.place.country for m in geoparse(text) if m.surface == surface and m.place is not None] == [country]


@pytest.mark.parametrize(("text", "word"), [
    ("Fans waved flags for the Riverside Ronan Flood tribute.", "Ronan"),
    ("Reporters covered the Annual Golden Tornado parade.", "Golden"),
    ("Crowds watched the Rising Cop Shooting trial.", "Cop"),
    ("The Great Beer Flood exhibition opens at the museum.", "Beer"),
    ("The Second Butler Riot ended with arrests.", "Butler"),
], ids=["surname-flood", "team-name", "headline-noun", "common-word", "small-town"])
def test_a_small_or_common_name_inside_a_title_is_left_alone(geoparse, text, word):
    assert not [m for m in geoparse(text) if m.surface == word and m.place is not None]
