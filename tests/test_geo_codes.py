"""Short codes written as names. A first-level division's postal code ("NJ", "OK"), which the gazetteer knows as a
container after a comma, is a mention of that division where the text writes it as a name: after a place cue, after a
town's comma, as a hashtag, before a division word, or tagged by NER under any label. A bare two-letter ISO country
code is no country in running text: news and posts write "CA", "LA", "PM", "ER" for a state, a city, a time or a ward
far more often than for Canada, Laos, Saint Pierre or Eritrea; a country's own abbreviations ("US", "UK", "USA") stay
countries."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


def _places(geoparse, text):  # noqa: ANN001 - the geo_fixtures fixture
    return {m.surface: m.place for m in geoparse(text) if m.place is not None}


@pytest.mark.parametrize(("text", "code", "feature", "name"), [
    ("The food bank in Dayton, OH handed out meals on Friday.", "OH", "region", "Ohio"),
    ("Snow shut schools across MN for a second day.", "MN", "region", "Minnesota"),
    ("My cousin moved to AZ right after college.", "AZ", "region", "Arizona"),
    ("Hail dented cars in Tulsa, OK overnight.", "OK", "region", "Oklahoma"),
    ("Wildfire smoke drifted over towns in CO this week.", "CO", "region", "Colorado"),
    ("Whooping cough cases in CA keep climbing, officials say.", "CA", "region", "California"),
    ("Road crews salted the highway up to the KY state line overnight.", "KY state", "region", "Kentucky"),
    ("Tickets sold out within an hour for the show in #NJ tonight.", "NJ", "region", "New Jersey"),
    # a country's own abbreviations stay the country
    ("Aid flights from the USA landed in the capital.", "USA", "country", "United States"),
    ("Exports to the UK fell by a tenth last year.", "UK", "country", "United Kingdom"),
    ("Prices in the US rose again in March.", "US", "country", "United States"),
    ("Wheat from the UAE reached the port on Sunday.", "UAE", "country", "United Arab Emirates"),
    ("Refugees crossed from the DRC into the camp overnight.", "DRC", "country", "Democratic Republic of the Congo"),
])
def test_a_code_written_as_a_name_is_its_division_or_country(geoparse, text, code, feature, name):
    place = _places(geoparse, text)[code]
    assert (place.feature, place.name) == (feature, name)


@pytest.mark.parametrize(("text", "code"), [
    ("I logged off around 9 PM and slept.", "PM"),
    ("Going to flood your TL with beach photos today.", "TL"),
    ("Ask your GP about the rash before the weekend.", "GP"),
    ("She waited six hours in the ER before a nurse saw her.", "ER"),
    ("The CM toured the flooded villages by boat on Monday.", "CM"),
    ("Only the MT of the thread matters here.", "MT"),
])
def test_a_bare_iso_country_code_is_no_country(geoparse, text, code):
    place = _places(geoparse, text).get(code)
    assert place is None or place.feature != "country"


@pytest.mark.parametrize(("text", "code", "city"), [
    ("Rents in NYC climbed again this spring, a new survey found.", "NYC", "New York City"),
    ("A small quake rattled windows across LA before dawn.", "LA", "Los Angeles"),
    ("Cable cars in SF stopped running after the power cut.", "SF", "San Francisco"),
    ("Traffic on the freeways of L.A. crawled after the storm.", "L.A.", "Los Angeles"),
    ("Hail the size of golf balls fell on OKC this afternoon.", "OKC", "Oklahoma City"),
    ("Our flight to ATL was delayed by three hours.", "ATL", "Atlanta"),
])
def test_a_city_short_form_in_capitals_is_the_city(geoparse, text, code, city):
    place = _places(geoparse, text)[code]
    assert (place.feature, place.name) == ("populated place", city)


@pytest.mark.parametrize(("text", "code", "name"), [
    ("The levee held in Monroe, LA during the flood.", "LA", "Louisiana"),
    ("Crews cleared trees in Shreveport, La. after the tornado.", "La.", "Louisiana"),
])
def test_a_city_short_form_after_a_towns_comma_is_the_division(geoparse, text, code, name):
    place = _places(geoparse, text)[code]
    assert place.name == name


# a code right after a town of its division with no comma (alert feeds and posts write "Salem OR", "Fargo-ND"),
# the town read in that division; a capitalised word before a code that names no town of its division is left alone
@pytest.mark.parametrize(("text", "town", "code", "division"), [
    ("Protesters blocked the bridge in Salem OR on Saturday night.", "Salem", "OR", "Oregon"),
    ("Severe thunderstorm warning for Fargo-ND until 9 PM CDT.", "Fargo", "ND", "North Dakota"),
    ("Flood advisory continues for Beaumont [TX] through Tuesday morning.", "Beaumont", "TX", "Texas"),
    ("Snow squalls expected near Cherry Hill NJ after midnight, drive carefully.", "Cherry Hill", "NJ", "New Jersey"),
    ("A water main broke downtown Tucson (AZ) and closed two streets.", "Tucson", "AZ", "Arizona"),
])
def test_a_code_right_after_a_town_of_its_division_is_the_division(geoparse, text, town, code, division):
    places = _places(geoparse, text)
    assert (places[code].name, places[town].admin1) == (division, division)


@pytest.mark.parametrize(("text", "code"), [
    ("Dr. Anna Smith MD will answer questions tonight.", "MD"),
    ("Call Jordan OR Maria if the shelter needs blankets.", "OR"),
    ("Sam Houston IN the lead after the second round.", "IN"),
    ("Ask Nurse Kelly OK before you leave the ward.", "OK"),
    ("Meet Captain Lewis HI there by the gate at noon.", "HI"),
])
def test_a_code_after_a_word_that_names_no_town_of_its_division_is_left_alone(geoparse, text, code):
    assert code not in _places(geoparse, text)
