"""A pluperfect taking the parser read as a name as specification: "had overrun X", its participle read as the first
word of the name after it (no name "overrun X"), is that taking, whether the parser hung the name on "had" or on the
verb of the clause around it; a noun after "had" that names no taking ("had attack helicopters") takes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 13)  # a Monday
SATURDAY, SUNDAY = date(2024, 5, 11), date(2024, 5, 12)
OVERTAKES = "Non-state actor overtakes territory"

TAKEN_BEFORE = [  # "had overrun X", the participle read as the first word of the name after it
    ("Before turning north on Saturday, the insurgents had overrun Mueda, officials said.", ("Mueda", SATURDAY)),
    ("Army officers said on Sunday that JNIM militants had overrun Djibo overnight.", ("Djibo", SATURDAY)),  # the
    # night before the saying's day, Saturday into Sunday
    ("Police said the gang had overrun Mirebalais on Saturday, freeing hundreds of inmates.", ("Mirebalais", SATURDAY)),
    ("By the time reinforcements arrived on Sunday, the rebels had overrun Rutshuru.", ("Rutshuru", SUNDAY)),
    ("Arakan Army fighters had overrun Maungdaw by Sunday morning, a spokesman said.", ("Maungdaw", SUNDAY)),
]
NOTHING_TAKEN = [
    "The army had attack helicopters over Mueda on Sunday.",
    "Villagers said the rebels had checkpoints on the road to Djibo.",
    "Officials said the militia had control posts around Rutshuru on Saturday.",
]


@pytest.mark.parametrize(("text", "taken"), TAKEN_BEFORE)
def test_a_pluperfect_taking_read_as_a_name_is_one(extractor, text, taken):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [(OVERTAKES, *taken)]


@pytest.mark.parametrize("text", NOTHING_TAKEN)
def test_no_taking_is_read_into_them(extractor, text):
    assert [e for e in extract(extractor, text, PUBLISHED).events if e.sub_event_type == OVERTAKES] == []
