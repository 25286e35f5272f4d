"""A protest whose people are stopped, barred or arrested is a protest with intervention, however that is told:
- people arrested by somebody told in a report that tells a protest (data/frame_table.yaml `arrest`), whoever the
  arrested are named as ("of them", "the organisers", "several women");
- a protest, its crowd or its people stopped, prevented or barred from going on (class `obstruct`,
  data/en/predicates.yaml), by a subject or a by-phrase;
- an arrest with no protest told stays an arrest, and anything else stopped is no event."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2024, 5, 15)
INTERVENTION, ARRESTS = "Protest with intervention", "Arrests"

BROKEN_UP = [
    "Cotton farmers demonstrated outside the district office in Tamale on Monday; police arrested nine of them.",
    "Nurses staged a sit-in at the main hospital in Ibadan on Thursday, and police detained three of the organisers.",
    "On Friday dozens of widows rallied in Herat against the new rules, and soldiers detained several of the women.",
    "Retired teachers tried to march to the ministry in Yaounde on Tuesday but were stopped by gendarmes at a bridge.",
    "Security forces prevented hundreds of students from reaching the parliament in Colombo on Wednesday, where they "
    "had planned a rally against fee rises.",
    "On Saturday police halted a procession of opposition supporters on the outskirts of Mbale.",
]

NOT_A_PROTEST = [  # an arrest with no protest told, or a stop of anything but a crowd
    ("Police arrested four suspected cattle thieves in Marsabit on Monday.", [ARRESTS]),
    ("Soldiers stopped a bus carrying traders near Garoua on Friday.", []),
]


@pytest.mark.parametrize("text", BROKEN_UP)
def test_a_protest_whose_people_are_stopped_or_held_is_broken_up(extractor, text):
    assert sub_event_types(extractor, text, PUBLISHED) == [INTERVENTION]


@pytest.mark.parametrize("text", BROKEN_UP[:3])
def test_the_protesters_are_actor_1_and_the_forces_actor_2(extractor, text):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert event.actor1 is not None and event.actor1.name.startswith("Protesters")
    assert event.actor2 is not None and event.actor2.kind in {"police", "state"}


@pytest.mark.parametrize(("text", "expected"), NOT_A_PROTEST)
def test_an_arrest_or_a_stop_with_no_protest_is_no_intervention(extractor, text, expected):
    assert sub_event_types(extractor, text, PUBLISHED) == expected
