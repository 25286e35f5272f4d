"""A death nobody is said to cause ("died", "perished", "succumbed") is a toll, as specification: alone
it is no event; told with a happening, it counts that happening's dead."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday

TOLL_ALONE = [
    "A third villager died in hospital in Kharkiv on Monday.",
    "Two more of the wounded died overnight in Goma, doctors said.",
    "An elderly woman succumbed to her injuries in Kherson on Tuesday.",
    "Another migrant died of exposure near the border crossing at Medyka on Monday, officials said.",
    "Three of the injured miners perished in a hospital in Bukavu before dawn on Tuesday.",
]


@pytest.mark.parametrize("text", TOLL_ALONE)
def test_a_death_nobody_causes_is_no_event(extractor, text):
    assert extract(extractor, text, PUBLISHED).events == []


TOLL_OF_A_HAPPENING = [
    # (report, sub-event type of its one event, its death toll)
    ("Nine shoppers died when a car bomb exploded outside a bank in Baidoa on Friday.",
     "Remote explosive/landmine/IED", 9),
    ("Three protesters died after police opened fire on a march in Bago on Sunday.",
     "Excessive force against protesters", 3),
    ("Four soldiers died when their convoy was ambushed by militants near Menaka on Monday.", None, 4),
    ("Seven people died on Saturday when shells hit a bus station in Donetsk.",
     "Shelling/artillery/missile attack", 7),
    ("Twelve villagers died on Sunday after gunmen stormed Kadisau and opened fire on the market.", "Attack", 12),
]


@pytest.mark.parametrize(("text", "sub_event_type", "toll"), TOLL_OF_A_HAPPENING)
def test_a_death_told_with_a_happening_counts_its_dead(extractor, text, sub_event_type, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert len(events) == 1, [(e.sub_event_type, e.trigger) for e in events]
    assert events[0].fatalities_low == toll
    assert sub_event_type is None or events[0].sub_event_type == sub_event_type


DEATH_ANSWERED = [
    # (report, its first event's death toll): a death a happening answers or follows is another happening's
    ("Residents marched in Nakuru against the death of a student in police custody on Tuesday.", None),
    ("Hundreds rallied in Ibadan on Sunday following the killing of a taxi driver by police.", None),
    ("About 200 people gathered in Tamale on Monday to demand justice for a teenager who was shot dead by police.",
     None),
    ("Traders protested in Kisumu on Friday over the deaths of five fishermen on the lake.", None),
    ("Nurses held a sit-in in Mombasa on Tuesday in memory of two colleagues killed at a clinic.", None),
    # negative row: a killing told as the happening's own deed, even after "after", is its toll
    ("Gunmen stormed a village near Gao on Sunday after killing two guards at the gate.", 2),
]


@pytest.mark.parametrize(("text", "toll"), DEATH_ANSWERED)
def test_a_death_a_happening_answers_is_not_its_toll(extractor, text, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert events, text
    assert events[0].fatalities_low == toll


ONE_OF_A_FORCE = [
    # (report, its one event's death toll): one soldier, officer or fighter killed counts one
    ("A soldier was killed when rebels ambushed a convoy near Kidal on Sunday.", 1),
    ("Militants shot dead a police officer at a checkpoint outside Quetta on Monday.", 1),
    ("Gunmen killed a rebel commander and his bodyguard in Bunia on Friday.", 2),
    ("A gendarme was killed and two others wounded when bandits attacked a post near Dori on Tuesday.", 1),
    ("Troops killed a militant during a raid near Garissa on Saturday.", 1),
    # negative row: one fighter arrested is no death
    ("Troops arrested a militant during a raid near Garissa on Saturday.", None),
]


@pytest.mark.parametrize(("text", "toll"), ONE_OF_A_FORCE)
def test_one_armed_person_killed_counts_one(extractor, text, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert len(events) == 1, [(e.sub_event_type, e.trigger) for e in events]
    assert events[0].fatalities_low == toll


TOLL_WITHOUT_A_FIGURE = [
    # (report, its one event's death toll): dead told without a figure count 3, ACLED's convention
    ("Soldiers clashed with rebels near Beni on Sunday; an unknown number of rebels were killed.", 3),
    ("Gunmen raided a village near Dori on Monday, killing an unspecified number of herders.", 3),
    ("An undisclosed number of soldiers died when militants overran a post near Menaka on Tuesday.", 3),
    ("Jets bombed a camp near Idlib on Friday, killing an unknown number of fighters.", 3),
    ("Police fired on a march in Bago on Sunday, killing an unknown number of protesters.", 3),
    # negative row: an unknown number arrested is no toll
    ("Police arrested an unknown number of protesters in Bago on Sunday.", None),
]


@pytest.mark.parametrize(("text", "toll"), TOLL_WITHOUT_A_FIGURE)
def test_dead_told_without_a_figure_count_three(extractor, text, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert len(events) == 1, [(e.sub_event_type, e.trigger) for e in events]
    assert events[0].fatalities_low == toll


WOUNDS_BESIDE_DEATHS = [
    # (report, its one event's death toll): a count of injuries told beside deaths is no toll
    ("A gunfight between two clans near Jowhar on Monday resulted in one death and five injuries.", 1),
    ("A bomb exploded in a market in Maiduguri on Saturday, causing two deaths and 14 injuries.", 2),
    ("Shelling of Kherson on Monday caused three fatalities and eleven injuries, officials said.", 3),
    ("An airstrike on a school near Sanaa on Sunday caused four deaths and 23 injuries.", 4),
    ("A landmine blast near Kidal on Tuesday caused one fatality and seven injuries.", 1),
    # negative row: injuries alone are no toll
    ("Shelling of Kherson on Monday caused eleven injuries, officials said.", None),
]


@pytest.mark.parametrize(("text", "toll"), WOUNDS_BESIDE_DEATHS)
def test_injuries_beside_deaths_are_not_dead(extractor, text, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert len(events) == 1, [(e.sub_event_type, e.trigger) for e in events]
    assert events[0].fatalities_low == toll


# A sentence that tells only deaths, undated, tells the toll of the happening told just before it, when that one has
# none of its own: no event of its own.
TOLL_TOLD_AFTER = [
    ("On 3 May, a roadside bomb exploded near a market in Kandahar. Four soldiers died.", 4),
    ("Militants attacked a police post in Tank district on Sunday. Six deaths reported.", 6),
    ("Police fired on protesters in Conakry on Monday. One protester died later in hospital.", 1),
    ("A grenade was thrown into a bar in Bujumbura on Saturday. Three customers died of their wounds.", 3),
    ("On 9 March, a bomb exploded in a bus in Quetta. Five passengers died, including a child. 10 others were injured.",
     5),
]


@pytest.mark.parametrize(("text", "toll"), TOLL_TOLD_AFTER)
def test_deaths_told_in_the_next_sentence_are_the_toll_of_the_happening_before(extractor, text, toll):
    assert [e.fatalities for e in extract(extractor, text, PUBLISHED).events] == [toll]


# The toll first told stands: a later figure for the happening (another source's, a claim) or the toll of an older
# happening the report recalls does not raise it (ACLED codes the conservative figure).
TOLL_FIRST_TOLD = [
    ("Two suicide bombers killed at least 25 people at a bus station in Kano on Monday. The station was also the scene "
     "of a blast in April 2014 that killed more than 70.", 25),
    ("Gunmen killed 6 worshippers at a church in Owo on Sunday. The town still mourns a massacre in June 2022 that "
     "killed more than 40.", 6),
    ("Gunmen killed 9 miners near Kamituga on Tuesday. Local officials said the attack killed 21 people.", 9),
    ("A suicide bomber killed 15 soldiers at a base near Jowhar on Monday. The insurgents said the attack killed 60 "
     "troops.", 15),
    ("An air strike killed 4 civilians in a village near Saada on Sunday. Residents said the strike killed 10 people.",
     4),
    ("Bandits killed 8 farmers in Tsafe on Friday. Villagers said the raid left 19 people dead.", 8),
]


@pytest.mark.parametrize(("text", "toll"), TOLL_FIRST_TOLD)
def test_the_toll_first_told_stands(extractor, text, toll):
    assert [e.fatalities for e in extract(extractor, text, PUBLISHED).events] == [toll]
