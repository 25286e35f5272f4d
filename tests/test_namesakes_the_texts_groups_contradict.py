"""A place whose only namesakes lie in a country that neither the text's armed groups call home nor borders their home,
and that nothing else in the text backs, is no such namesake: the groups' home country (data/geo_terms.yaml
`home_actor_kinds`; GeoNames' neighbours) outweighs it, and the place falls back to that country at ACLED precision 3
under the name the text gives it; the forces fighting there are that country's. A namesake next door, a country the
text names, and a state's forces abroad are left as they were. Every sentence is written for this file."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

from frontwatch.model import GeoPrecision

PUBLISHED = date(2024, 9, 9)  # a Monday

HOME = [
    # (report, the event's place, the state force coded beside the group or None)
    ("Taliban fighters overran a police post in Nawa district on Thursday night.",
     ("Nawa", "Afghanistan", GeoPrecision.REGION), "Police Forces of Afghanistan"),
    ("An al-Shabaab unit was driven out of Balad by government troops on Tuesday.",
     ("Balad", "Somalia", GeoPrecision.REGION), "Military Forces of Somalia"),
    ("ISWAP fighters were pushed out of Baga by the army after a week of fighting.",
     ("Baga", "Nigeria", GeoPrecision.REGION), "Military Forces of Nigeria"),
    ("Boko Haram militants have looted shops in Kala, residents say.", ("Kala", "Nigeria", GeoPrecision.REGION), None),
    ("Government troops repelled a Taliban assault on Chora district on Friday.",
     ("Chora", "Afghanistan", GeoPrecision.REGION), "Military Forces of Afghanistan"),
]


@pytest.mark.parametrize(("text", "place", "force"), HOME, ids=[p[0] for _, p, _ in HOME])
def test_a_namesake_beyond_the_groups_home_gives_way_to_their_country(extractor, text, place, force):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert event.place is not None and (event.place.name, event.place.country, event.place.precision) == place
    names = {a.name for a in (event.actor1, event.actor2) if a is not None}
    assert force is None or force in names


KEPT = [
    # (report, the place's name, its country): a neighbour of the group's home, a country the text names, a group at
    # home where the place is, a state's forces beside their neighbour
    ("Al-Shabaab militants attacked a police station near Mandera on Monday.", "Mandera", "Kenya"),
    ("Boko Haram insurgents crossed the border and burned houses in Kolofata.", "Kolofata", "Cameroon"),
    ("Islamic State claimed a car bomb that killed ten people in Balad.", "Balad", "Iraq"),
    ("Russian troops shelled Kupiansk overnight, the governor said.", "Kupyansk", "Ukraine"),
    ("Taliban insurgents overran a police checkpoint in Kama district overnight, officials said.", "Kāmah",
     "Afghanistan"),
]


@pytest.mark.parametrize(("text", "name", "country"), KEPT, ids=[n for _, n, _ in KEPT])
def test_a_place_next_door_or_at_home_stays_where_it_is(extractor, text, name, country):
    places = [(m.place.name, m.place.country) for m in extract(extractor, text, PUBLISHED).places if m.place]
    assert (name, country) in places
