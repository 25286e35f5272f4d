"""A fight told by a word for a brawl, as specification: "engaged in fistfights", "a melee broke out" tell a fight
between the people named, mob violence where nobody armed is in it, at its place and day; a brawl only watched or
talked of is none."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 3, 6)  # a Wednesday
SUNDAY, MONDAY = date(2024, 3, 3), date(2024, 3, 4)

BRAWLS = [
    ("On Monday, market women engaged in fistfights with traders over stall fees in Onitsha.", "Onitsha", MONDAY),
    ("On Monday, herders and farmers engaged in a brawl over a water point in Tillaberi, leaving two injured.",
     "Tillabéri", MONDAY),
    ("On Sunday, rival fans engaged in a brawl after the derby in Bouake.", "Bouaké", SUNDAY),
    ("On Monday, bus drivers and municipal guards engaged in fistfights at the terminal in Mombasa.", "Mombasa",
     MONDAY),
    ("On Sunday, a melee between rival fans broke out after the derby in Kumasi.", "Kumasi", SUNDAY),
]

NO_BRAWL = [
    "On Monday, he watched a boxing brawl on television in Lagos.",
    "On Monday, the minister warned that brawls in parliament in Nairobi shame the country.",
]


@pytest.mark.parametrize(("text", "place", "day"), BRAWLS)
def test_a_brawl_is_mob_violence(extractor, text, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [("Mob violence", place, day)]


@pytest.mark.parametrize("text", NO_BRAWL)
def test_a_brawl_watched_or_talked_of_is_no_event(extractor, text):
    assert extract(extractor, text, PUBLISHED).events == []
