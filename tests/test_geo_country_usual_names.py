"""A country's usual English name that GeoNames holds only among its alternate names ("Palestine" of the Palestinian
Territory, "Macedonia", "Swaziland", "Netherlands" beside "The Netherlands") is an ordinary spelling of it
(data/place_abbreviations.csv, kind "any"), so it is known as written where only such names are read: a hashtag's
later word ("#StandWithX"), a name after a compound's hyphen that NER left out ("the X-Y route"). As an alternate it
was neither well known as written nor the place's exact name, and the acceptance model dropped it."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


def _resolved(mentions) -> dict[str, str | None]:  # noqa: ANN001 - PlaceMention list
    return {m.surface: m.place.country for m in mentions if m.place is not None}


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Solidarity march on Saturday #StandWithPalestine", "Palestine", "Palestinian Territory"),
    ("Thinking of everyone tonight #PrayForMacedonia", "Macedonia", "North Macedonia"),
    ("Fans celebrate the win #GoNetherlands", "Netherlands", "The Netherlands"),
    ("Schools shut for a week #HelpSwaziland", "Swaziland", "Eswatini"),
    ("New flights announced for the Portugal-Netherlands route", "Netherlands", "The Netherlands"),
    ("Talks on Israel-Palestine stall again", "Palestine", "Palestinian Territory"),
], ids=["stand-with", "pray-for", "go", "help", "route-hyphen", "talks-hyphen"])
def test_a_country_usual_name_geonames_holds_as_an_alternate_is_read(geoparse, text, surface, country):
    assert _resolved(geoparse(text)).get(surface) == country


@pytest.mark.parametrize(("text", "word"), [
    ("Actor Tom Holland signed copies at the mall", "Holland"),
    ("Fans queued for hours #Macedonian #food", "Macedonian"),
], ids=["surname", "demonym-hashtag"])
def test_such_a_name_inside_another_name_is_left_alone(geoparse, text, word):
    assert word not in _resolved(geoparse(text))
