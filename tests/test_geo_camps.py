"""A camp named after the town it stands by ("the overcrowded X camps", "X refugee camp") places the report at that
town: the camp word after the name is a place head, as "X residents" is, so a town NER misses after an adjective is
read. A political "camp" named after a person is no place. Every report is written for this file."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

CAMPS = [
    # (report, the town the camp is named after, its country)
    ("Aid agencies warned that the overcrowded Kakuma camps could not take more arrivals.", "Kakuma", "Kenya"),
    ("Kenya's sprawling Dadaab camps hold more people than most of the country's towns.", "Dadaab", "Kenya"),
    ("Cholera cases climbed in the squalid Bentiu camps after the floods.", "Bentiu", "South Sudan"),
    ("Food rations were halved in the overcrowded Adjumani camps this month.", "Adjumani", "Uganda"),
    ("Thousands fled to the sprawling Kakuma camps in northern Kenya.", "Kakuma", "Kenya"),
]

NO_PLACE = [
    # (report, a capitalised word before "camp" that names no place)
    ("The Trump camp dismissed the poll on Tuesday.", "Trump"),
    ("Rival camps within the Labour party clashed over the budget.", "Labour"),
]


@pytest.mark.parametrize(("text", "town", "country"), CAMPS)
def test_a_camp_named_after_its_town_places_the_report_there(geoparse, text, town, country):
    found = [m.place for m in geoparse(text) if m.surface == town and m.place is not None]
    assert found and found[0].country == country


@pytest.mark.parametrize(("text", "word"), NO_PLACE)
def test_a_political_camp_is_no_place(geoparse, text, word):
    assert not [m for m in geoparse(text) if m.surface == word and m.place is not None]
