"""A happening whose sentence names no town but speaks of "the city" or "the town" ("cars queuing on the city's edge",
"a mosque on the town's outskirts") took place in the town that noun refers back to when the sentence before named
it, not in the town the report is mostly about. Every report is written for this file."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)  # a Monday

TOWN_NOUNS = [  # the report's main town is named twice, another once in the sentence before the last happening's
    pytest.param("Ukrainian troops pushed into Kupiansk on Saturday and hoisted their flag over Kupiansk's "
                 "council building. To the south, Kramatorsk buried its dead. On Friday a missile struck a line "
                 "of cars waiting on the city's edge, killing 25.", "Kramatorsk", id="missile on the city's edge"),
    pytest.param("Government forces retook Marawi's last districts on Monday, and soldiers searched the ruins of "
                 "Marawi for survivors. Further north, Cagayan de Oro held a vigil. Late on Sunday a grenade "
                 "exploded in a bar near the city's port, wounding six.", "Cagayan de Oro",
                 id="grenade near the city's port"),
    pytest.param("Rebels shelled Goma's airport on Tuesday and fighting spread into the hills around Goma. "
                 "Residents of Bukavu were also on edge. On Wednesday gunmen shot dead a trader in the city's "
                 "central market.", "Bukavu", id="shooting in the city's market"),
    pytest.param("Insurgents overran two army posts near Maiduguri on Sunday, and Maiduguri stayed under curfew. "
                 "In Damaturu, the mood was tense. Late on Monday a suicide bomber struck a mosque on the town's "
                 "outskirts, killing nine worshippers.", "Damaturu", id="bombing on the town's outskirts"),
    pytest.param("Militiamen torched homes in Bunia on Monday and aid workers left Bunia. Tension also rose in "
                 "Beni. On Tuesday, gunmen killed three farmers on the town's outskirts.", "Beni",
                 id="killing on the outskirts"),
    pytest.param("Paramilitaries shelled El Fasher's southern districts on Saturday, and El Fasher's hospital was "
                 "hit again. Further east, Mellit was quiet until Sunday, when a drone struck a fuel depot on the "
                 "town's edge, killing two.", "Mellit", id="the town named in the same sentence"),
]


@pytest.mark.parametrize(("text", "place"), TOWN_NOUNS)
def test_the_city_of_a_happening_is_the_town_named_last_before_it(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    last = [e for e in events if e.evidence.start == max(e.evidence.start for e in events)]
    assert last and {e.place.name if e.place else None for e in last} == {place}
