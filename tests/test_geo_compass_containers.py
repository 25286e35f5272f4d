"""Divisions whose names open with a compass word ("North Western", "East Hararge", "Southern Shan") named as the
containers of a place: "X, North Western" is the division of that name that holds X, not a namesake division
abroad, and X is a place there although the text names no country; in a bracketed chain "X (East Y, Z)" the
compass-led Y is a container like any other, so X is never a namesake abroad of a well-known city (the event goes
to the containers named with it); a compass word alone, or two of them, is never a place of its own ("South West"
of "South West Y"). Every sentence is written for this file; the towns are real, the reports made up."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

from frontwatch.resolve.geo_math import haversine_km

PUBLISHED = date(2024, 5, 13)  # a Monday


def _event_place(extractor, text: str):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert event.place is not None, f"no place for {text!r}"
    return event.place


TOWN_AND_PROVINCE = [
    # (report, the town's point): the province after the comma holds the town; nothing else names a country
    ("Residents of Galgamuwa, North Western, protested on Sunday against a new quarry.", (7.99, 80.29)),
    ("Residents of Eppawala, North Central, protested on Sunday against a new quarry.", (8.14, 80.4)),
    ("Villagers of Anamaduwa, North Western, blocked a road on Tuesday over a broken water main.", (7.88, 79.99)),
    ("Farmers of Galnewa, North Central, marched on Friday to demand fertiliser subsidies.", (8.2, 80.36)),
    ("Three-wheeler drivers of Pannala, North Western, went on strike on Monday over fuel rations.", (7.33, 80.02)),
    ("Villagers of Rambewa, North Central, held a sit-in on Wednesday against a liquor shop.", (8.44, 80.51)),
    ("Residents of Mahawa, North Western, picketed the divisional office on Friday over land permits.", (7.83, 80.27)),
    ("Residents of Medawachchiya, North Central, demonstrated on Tuesday against elephant raids.", (8.53, 80.49)),
    ("Villagers of Hettipola, North Western, rallied on Saturday against the closure of a clinic.", (7.6, 80.08)),
    ("Residents of Pothuhera, North Western, demonstrated on Monday against a new bus stand.", (7.42, 80.33)),
]


@pytest.mark.parametrize(("text", "point"), TOWN_AND_PROVINCE, ids=[t.split(",")[0].split()[-1] for t, _ in
                                                                                 TOWN_AND_PROVINCE])
def test_a_town_before_a_compass_named_province_is_placed_in_it(extractor, text, point):
    place = _event_place(extractor, text)
    assert haversine_km(place.latitude, place.longitude, *point) <= 25, place


BRACKETED_CHAIN = [
    # (report, the country of its containers): the well-known city of the name lies abroad
    ("Soldiers shot and wounded a trader in Toledo (West Hararge, Oromia) on Friday.", "Ethiopia"),
    ("Unidentified gunmen killed two farmers in Lima (East Wollega, Oromia) on Tuesday.", "Ethiopia"),
    ("Gunmen shot dead a farmer in Richmond (West Arsi, Oromia) on Monday.", "Ethiopia"),
    ("Militiamen killed a trader in Manchester (North Shewa, Amhara) on Saturday.", "Ethiopia"),
    ("A landmine killed a herder in Cordoba (Eastern Equatoria, South Sudan) on Wednesday.", "South Sudan"),
    ("Gunmen abducted four aid workers in Georgetown (Western Equatoria, South Sudan) on Friday.", "South Sudan"),
    ("Fighters shelled houses in Hamilton (Northern Shan, Shan) on Thursday.", "Myanmar"),
    ("Fighters torched houses in Melbourne (Southern Shan, Shan) on Sunday.", "Myanmar"),
    ("Officials of Gubalafto Woreda (Amhara, North Wollo) were shot dead by gunmen on Friday.", "Ethiopia"),
]


@pytest.mark.parametrize(("text", "country"), BRACKETED_CHAIN, ids=[t.split(" (")[0].split()[-1] for t, _ in
                                                                               BRACKETED_CHAIN])
def test_a_place_in_a_chain_opened_by_a_compass_led_container_is_in_its_country(extractor, text, country):
    assert _event_place(extractor, text).country == country


COMPASS_WORDS_ALONE = [
    # (report, the compass words that open a longer name): no mention of them alone
    ("Police dispersed a crowd in Tole, South West Shewa, on Sunday.", "South West"),
    ("Prison guards in Ebantu, East Wollegga (Oromia), beat a detainee on Monday.", "East"),
    ("Unknown gunmen killed a teacher in Jarso, West Wollega, on Tuesday.", "West"),
    ("A grenade wounded two traders in Doba, West Harerghe, on Friday.", "West"),
    ("Villagers fled Dilla, Southern Gedeo, after a night of shooting.", "Southern"),
    ("Protesters blocked roads in Hirna, West Hararghe, on Thursday.", "West"),
    ("Militiamen attacked a bus near Nejo, West Wellega, on Saturday.", "West"),
    ("Farmers clashed with police in Gursum, East Hararghe, on Monday.", "East"),
]


@pytest.mark.parametrize(("text", "words"), COMPASS_WORDS_ALONE, ids=[t.split(",")[0].split()[-1] for t, _ in
                                                                     COMPASS_WORDS_ALONE])
def test_compass_words_opening_a_name_are_no_place_of_their_own(geoparse, text, words):
    assert not [m for m in geoparse(text) if m.surface == words and m.place is not None]
