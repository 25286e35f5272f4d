"""Towns named without their state or country beside their neighbours: each of two names with namesakes far apart is
read as the pair that lie within a few dozen km of each other (the ranker's `names_near` feature, fitted on the
public corpora's "fit" documents), not as each name's best-known namesake; names whose best-known places are far from
any candidate of the other keep their own reading."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


def _place(mentions, surface):
    found = [m.place for m in mentions if m.surface == surface and m.place is not None]
    assert found, f"no resolved mention {surface!r} in {[(m.surface, m.place) for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(("text", "town", "country", "division"), [
    ("Volunteers from Mansfield and Ashland cleaned up the county fairgrounds on Saturday.",
     "Mansfield", "United States", "Ohio"),
    ("Traffic was slow between Alexandria and Arlington after a water main broke.",
     "Alexandria", "United States", "Virginia"),
    ("Smoke from a warehouse fire in Plymouth drifted over Taunton and Brockton overnight.",
     "Taunton", "United States", "Massachusetts"),
    ("Farmers near Versailles sold hay to stables in Frankfort after the drought.",
     "Versailles", "United States", "Kentucky"),
    ("Crews from Richmond and Petersburg fixed the broken water main overnight.",
     "Petersburg", "United States", "Virginia"),
    ("Officers from Portsmouth and Dover joined the search for the boat.",
     "Dover", "United States", "New Hampshire"),
])
def test_a_town_named_beside_its_neighbour_is_the_namesake_near_it(geoparse, text, town, country, division):
    place = _place(geoparse(text), town)
    assert (place.country, place.admin1) == (country, division)


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Delegates from London and Manchester met to discuss the rail strike.", "London", "United Kingdom"),
    ("The minister flew from Rome to Madrid on Tuesday.", "Madrid", "Spain"),
])
def test_well_known_cities_far_apart_keep_their_own_reading(geoparse, text, town, country):
    assert _place(geoparse(text), town).country == country


# a local story that names another country (where someone came from, a trip, a cause) and not its own: its small
# towns lie beside each other, so they are the text's places, not namesakes abroad to drop
LOCAL_STORY_ABROAD = [
    ("lititz", "Firefighters from Lititz helped crews in Manheim after the barn fire; the owner came from Ireland.",
     "Manheim", "United States"),
    ("oneonta", "Nurses from Oneonta and Cooperstown flew to Liberia to help during the outbreak.",
     "Cooperstown", "United States"),
    ("decorah", "Students in Decorah raised money for a school in Haiti, and a bake sale in Cresco added more.",
     "Cresco", "United States"),
    ("bastrop", "A man from Bastrop was arrested in Elgin after police found goods smuggled from Mexico.",
     "Bastrop", "United States"),
    ("mount vernon", "Police in Mount Vernon said the suspect had fled to Burlington before flying to Vietnam.",
     "Mount Vernon", "United States"),
    ("kerrville", "A Kerrville woman who taught in Japan for ten years opened a tea shop in Fredericksburg.",
     "Kerrville", "United States"),
]


@pytest.mark.parametrize(("text", "town", "country"), [row[1:] for row in LOCAL_STORY_ABROAD],
                         ids=[row[0] for row in LOCAL_STORY_ABROAD])
def test_a_small_town_beside_another_of_the_text_is_kept_though_the_text_names_another_country(
        geoparse, text, town, country):
    assert _place(geoparse(text), town).country == country
