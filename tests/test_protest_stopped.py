"""A protest stopped, prevented or barred from going on by forces or armed men is a protest with intervention, however
that is told (class `obstruct`, data/en/predicates.yaml and data/frame_table.yaml): the protest or its crowd as the
object ("halted the procession"), its people in a report that tells a protest ("prevented them from reaching X"), or
what they were stopped from ("stopped from marching"), by a subject or a by-phrase. Anything else stopped, or a stop
by nobody armed, is no event."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2024, 5, 15)
INTERVENTION = "Protest with intervention"

STOPPED = [
    "Retired teachers tried to march to the ministry in Yaounde on Tuesday but were stopped by gendarmes at a bridge.",
    "Security forces prevented hundreds of students from reaching the parliament in Colombo on Wednesday, where they "
    "had planned a rally against fee rises.",
    "On Saturday police halted a procession of opposition supporters on the outskirts of Mbale.",
    "Riot police barred the demonstrators from entering the central square of Tbilisi on Monday evening.",
    "On 4 June 2023, soldiers stopped a march of displaced farmers at a checkpoint outside Bunia.",
]

NOT_A_PROTEST = [  # a stop of anything but a crowd
    "Soldiers stopped a bus carrying traders near Garoua on Friday.",
    "The army halted the rebel advance near Kidal on Sunday, a military spokesman said.",
]


@pytest.mark.parametrize("text", STOPPED)
def test_a_protest_stopped_by_forces_is_broken_up(extractor, text):
    assert sub_event_types(extractor, text, PUBLISHED) == [INTERVENTION]


@pytest.mark.parametrize("text", STOPPED[2:])
def test_the_protesters_are_actor_1_and_the_forces_actor_2(extractor, text):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert event.actor1 is not None and event.actor1.name.startswith("Protesters")
    assert event.actor2 is not None and event.actor2.kind in {"police", "state"}


@pytest.mark.parametrize("text", NOT_A_PROTEST)
def test_a_stop_of_anything_but_a_protest_is_no_intervention(extractor, text):
    assert INTERVENTION not in sub_event_types(extractor, text, PUBLISHED)
