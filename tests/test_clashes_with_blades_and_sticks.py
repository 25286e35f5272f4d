"""Clashes fought with blades and sticks, as specification: a sharp weapon, an iron rod or a machete is no firearm, so
followers, workers or villagers who clash with them riot among themselves (mob violence by rioters), not a battle, at
the clash's place and day."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 14)  # a Tuesday
SUNDAY, MONDAY = date(2024, 5, 12), date(2024, 5, 13)

CLASHES = [
    ("On Monday, supporters of two rival councillors clashed with sharp weapons in a village near Sylhet, injuring "
     "nine.", "Sylhet", MONDAY),
    ("On Sunday, activists of the two parties fought each other with iron rods and sticks in Comilla.", "Comilla",
     SUNDAY),
    ("On Monday, workers from two factories clashed using machetes and bamboo sticks in Gazipur over wages.",
     "Gazipur", MONDAY),
    ("On Sunday, followers of two village heads clashed armed with knives and sharp weapons in Narsingdi, leaving 12 "
     "hurt.", "Narsingdi", SUNDAY),
    ("On Monday, supporters of rival candidates clashed with sticks and sharp weapons in Feni over posters.", "Feni",
     MONDAY),
]


@pytest.mark.parametrize(("text", "place", "day"), CLASHES)
def test_a_clash_with_blades_and_sticks_is_mob_violence(extractor, text, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [("Mob violence", place, day)]
    assert events[0].actor1 is not None and events[0].actor1.kind == "rioters"
