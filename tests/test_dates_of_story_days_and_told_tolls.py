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
    ("Jets bombed Idlib on Tuesday. The day before, rebels had shelled Aleppo.", MONDAY),
    ("Rebels shelled Goma on Monday. The night before, gunmen attacked a police post in Sake.", SUNDAY),
    ("Rebels shelled Goma on Monday. The following day, troops retook Sake.", TUESDAY),
    ("Militants stormed a prison in Maiduguri on Sunday. The morning after, gunmen ambushed a patrol near "
     "Konduga.", MONDAY),
    ("Bandits kidnapped twenty farmers near Gusau on Thursday. The day after, troops killed six bandits in "
     "Tsafe.", FRIDAY),
    ("Soldiers raided a village outside Mopti on Friday. The following night, jihadists burned a school in "
     "Djenne.", SATURDAY),
    ("Police arrested forty protesters in Harare on Saturday. The night after, rioters torched a police post in "
     "Chitungwiza.", SUNDAY),
]
STORY_IDS = ["day-before", "night-before", "following-day", "morning-after", "day-after", "following-night",
             "night-after"]

TOLD_TOLLS = [
    ("Soldiers bulldozed a rebel camp outside Beni on Sunday, and aid workers said on Tuesday that 14 people had "
     "been killed.", SUNDAY),
    ("Police stormed a protest camp in Nairobi on Monday, and the hospital said on Wednesday that six people had "
     "been killed.", MONDAY),
    ("Gunmen besieged a church in Owo on Sunday, and officials said on Tuesday that 22 worshippers had been "
     "killed.", SUNDAY),
    ("Gunmen surrounded a mosque in Kano on Friday, and police said on Sunday that twelve worshippers had been "
     "killed.", FRIDAY),
    ("Police stormed a student hostel in Dhaka on Sunday, and the university said on Tuesday that four students had "
     "been killed.", SUNDAY),
    ("Militants stormed a hotel in Mogadishu on Saturday, and officials said on Monday that 15 guests had been "
     "killed.", SATURDAY),  # folded on main too: a guard
    ("Fighters stormed a market in Gao on Friday, and the mayor said on Sunday that seven traders had been "
     "killed.", FRIDAY),  # folded on main too: a guard
]
TOLL_IDS = ["bulldozed-camp", "stormed-protest-camp", "besieged-church", "surrounded-mosque", "stormed-hostel",
            "stormed-hotel", "stormed-market"]


@pytest.mark.parametrize(("text", "day"), STORY_DAYS, ids=STORY_IDS)
def test_a_day_counted_from_the_story_dates_its_sentence(extractor, text, day):
    events = extract(extractor, text, PUBLISHED).events
    assert events and events[-1].date is not None and events[-1].date.start == day


@pytest.mark.parametrize(("text", "day"), TOLD_TOLLS, ids=TOLL_IDS)
def test_a_toll_reported_later_is_of_the_happening_told_with_it(extractor, text, day):
    events = extract(extractor, text, PUBLISHED).events
    assert events and [e.date.start for e in events if e.date] == [day] * len(events)
