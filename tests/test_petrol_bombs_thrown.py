"""Petrol bombs thrown, as specification: a petrol bomb or a molotov is an incendiary, never a remote explosive;
thrown by people where no protest is told it is mob violence by rioters, thrown in a protest a violent
demonstration, at its place and day."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 14)  # a Tuesday
SUNDAY, MONDAY = date(2024, 5, 12), date(2024, 5, 13)

NO_PROTEST = [
    ("On Monday, youths hurled petrol bombs at a police station in Batticaloa.", "Batticaloa", MONDAY),
    ("On Sunday, unknown men threw a molotov cocktail at the home of a village chairman in Rangpur.", "Rangpur",
     SUNDAY),
    ("A petrol bomb was thrown at a bus depot in Kandy by a group of young men on Monday.", "Kandy", MONDAY),
    ("On Sunday, two men threw petrol bombs at a grocery store in Nablus.", "Nablus", SUNDAY),
    ("On Monday, teenagers lobbed petrol bombs at a parked army truck in Derry.", "Derry", MONDAY),
]

IN_A_PROTEST = [
    ("On Monday, students protesting fee increases threw petrol bombs at riot police in Dhaka.", "Dhaka", MONDAY),
]


@pytest.mark.parametrize(("text", "place", "day"), NO_PROTEST)
def test_petrol_bombs_thrown_with_no_protest_are_mob_violence(extractor, text, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [("Mob violence", place, day)]
    assert events[0].actor1 is not None and events[0].actor1.kind == "rioters"


@pytest.mark.parametrize(("text", "place", "day"), IN_A_PROTEST)
def test_petrol_bombs_thrown_in_a_protest_are_a_violent_demonstration(extractor, text, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [("Violent demonstration", place, day)]
