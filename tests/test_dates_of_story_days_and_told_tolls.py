"""Days told from the story's day, and tolls reported later.

A day counted from the story's ("the day before", "the night before", "the following day", "the morning after") dates
its sentence from the day told before, also where the entity recogniser misses the phrase or keeps only "the day";
a toll a saying reports in a clause coordinated with a dated happening ("cleared the camp on Sunday, and medics said on
Tuesday that 14 had been killed") is of that happening's day, not of the day it was told."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday
THURSDAY, FRIDAY, SATURDAY, SUNDAY, MONDAY, TUESDAY = (date(2024, 5, d) for d in range(9, 15))

STORY_DAYS = [
    pytest.param("Jets bombed Idlib on Tuesday. The day before, rebels had shelled Aleppo.", MONDAY,
                 id="the-day-before"),
    pytest.param("Rebels shelled Goma on Monday. The night before, gunmen attacked a police post in Sake.", SUNDAY,
                 id="the-night-before"),
    pytest.param("Rebels shelled Goma on Monday. The following day, troops retook Sake.", TUESDAY,
                 id="the-following-day"),
    pytest.param("Militants stormed a prison in Maiduguri on Sunday. The morning after, gunmen ambushed a patrol near "
                 "Konduga.", MONDAY, id="the-morning-after"),
    pytest.param("Bandits kidnapped twenty farmers near Gusau on Thursday. The day after, troops killed six bandits in "
                 "Tsafe.", FRIDAY, id="the-day-after"),
    pytest.param("Soldiers raided a village outside Mopti on Friday. The following night, jihadists burned a school in "
                 "Djenne.", SATURDAY, id="the-following-night"),
    pytest.param("Police arrested forty protesters in Harare on Saturday. The night after, rioters torched a police "
                 "post in Chitungwiza.", SUNDAY, id="the-night-after"),
]

TOLD_TOLLS = [
    pytest.param("Soldiers bulldozed a rebel camp outside Beni on Sunday, and aid workers said on Tuesday that 14 "
                 "people had been killed.", SUNDAY, id="bulldozed-camp"),
    pytest.param("Police stormed a protest camp in Nairobi on Monday, and the hospital said on Wednesday that six "
                 "people had been killed.", MONDAY, id="stormed-protest-camp"),
    pytest.param("Gunmen besieged a church in Owo on Sunday, and officials said on Tuesday that 22 worshippers had "
                 "been killed.", SUNDAY, id="besieged-church"),
    pytest.param("Gunmen surrounded a mosque in Kano on Friday, and police said on Sunday that twelve worshippers had "
                 "been killed.", FRIDAY, id="surrounded-mosque"),
    pytest.param("Police stormed a student hostel in Dhaka on Sunday, and the university said on Tuesday that four "
                 "students had been killed.", SUNDAY, id="stormed-hostel"),
    pytest.param("Militants stormed a hotel in Mogadishu on Saturday, and officials said on Monday that 15 guests had "
                 "been killed.", SATURDAY, id="stormed-hotel"),
    pytest.param("Fighters stormed a market in Gao on Friday, and the mayor said on Sunday that seven traders had "
                 "been killed.", FRIDAY, id="stormed-market"),
]


@pytest.mark.parametrize(("text", "day"), STORY_DAYS)
def test_a_day_counted_from_the_story_dates_its_sentence(extractor, text, day):
    events = extract(extractor, text, PUBLISHED).events
    assert events and events[-1].date is not None and events[-1].date.start == day


@pytest.mark.parametrize(("text", "day"), TOLD_TOLLS)
def test_a_toll_reported_later_is_of_the_happening_told_with_it(extractor, text, day):
    events = extract(extractor, text, PUBLISHED).events
    assert events and [e.date.start for e in events if e.date] == [day] * len(events)
