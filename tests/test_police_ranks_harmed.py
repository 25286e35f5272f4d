"""A police rank or post named by its force ("a police official", "the police commissioner", "a police man") harmed by
armed men, as specification: one of the police, not a civil official, so the killing or attack is a battle with the
police as the second actor, at its place and day."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 14)  # a Tuesday
SUNDAY, MONDAY = date(2024, 5, 12), date(2024, 5, 13)

HARMED = [
    ("On Monday, a senior police official was shot dead by suspected militants in Bannu.", "Bannu", MONDAY),
    ("The district police commissioner was ambushed and killed by gunmen near Ambo on Sunday.", "Ambo", SUNDAY),
    ("On Sunday, insurgents attacked two police men and set their motorbikes on fire in Imphal.", "Imphal", SUNDAY),
    ("On Monday, armed bandits killed a police inspector on the highway outside Zaria.", "Zaria", MONDAY),
    ("Gunmen on a motorcycle wounded the local police chief in Tumaco on Monday.", "Tumaco", MONDAY),
]


@pytest.mark.parametrize(("text", "place", "day"), HARMED)
def test_a_police_rank_harmed_by_armed_men_is_a_battle(extractor, text, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [("Armed clash", place, day)]
    assert events[0].actor2 is not None and events[0].actor2.kind == "police"
