"""Victim phrases that are no count of one dead: a killing's object that is a thing, a place or an animal ("killed his
ox", the area "in which" people were killed), a singular noun made generic by "every" or "each", and a count told
killed and hurt together ("killing/injuring 40"): the wounded never count, so a mixed count is no toll. And a word the
parser hangs outside a count is no part of it: "a commander as well as four other fighters" counts four besides one."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 10)  # a Friday

NO_VICTIMS = [
    # (report, sub-event type, place, date, toll): animals, places and things killed beside people add no dead
    ("A farmer killed a herder near Kaffrine on Monday because the herder had killed his bull.",
     "Attack", "Kaffrine", date(2024, 5, 6), 1),
    ("Raiders killed a shepherd and his goats near Bentiu on Saturday.", "Attack", "Bentiu", date(2024, 5, 4), 1),
    ("Drones struck a farm near Saada on Tuesday, killing a farmer and his camel.",
     "Air/drone strike", "Sa'dah", date(2024, 5, 7), 1),
    ("Militants killed a trader and his donkey on the road to Sokoto on Wednesday.",
     "Attack", "Sokoto", date(2024, 5, 8), 1),
    ("Rebels and soldiers clashed on Sunday in an area near Kasese, in which three villagers were killed and two "
     "others were hurt.", "Armed clash", "Kasese", date(2024, 5, 5), 3),
    ("Troops exchanged fire with smugglers across the border near Tessalit on Thursday, in which two herders were "
     "killed and a third was wounded.", "Armed clash", "Tessalit", date(2024, 5, 9), 2),
]

GENERIC = [
    # (report, sub-event type, place, date, toll): "every soldier" is no one soldier; a figure told beside it is the
    # toll
    ("Insurgents killed every soldier at the post near Damboa on Tuesday, at least eleven of them.",
     "Armed clash", "Damboa", date(2024, 5, 7), 11),
    ("Gunmen shot dead each passenger of the bus near Mandera on Friday, 14 people in all.",
     "Attack", "Mandera", date(2024, 5, 10), 14),
    ("The rebels executed every prisoner in the camp at Ngala on Sunday.", "Attack", "Ngala", date(2024, 5, 5), None),
    ("Troops killed every fighter in the convoy near Baidoa on Wednesday, an officer said.",
     "Armed clash", "Baidoa", date(2024, 5, 8), None),
    ("Each guard at the gate of the prison in Kidal was killed by the attackers on Saturday.",
     "Armed clash", "Kidal", date(2024, 5, 4), None),
]

KILLED_AND_HURT = [
    # (report, sub-event type, place, date): a count of the dead and the hurt together is no death toll
    ("Drones struck a base near Marib on Tuesday, reportedly killing/injuring forty fighters.",
     "Air/drone strike", "Ma'rib", date(2024, 5, 7)),
    ("On Sunday an air strike killed or injured at least 20 fighters near Idlib.",
     "Air/drone strike", "Idlib", date(2024, 5, 5)),
    ("Troops killed or wounded 14 insurgents in Kunar on Monday.", "Armed clash", "Kuna", date(2024, 5, 6)),
    ("Militants attacked a camp near Menaka on Friday, killing and injuring 12 soldiers.",
     "Armed clash", "Ménaka", date(2024, 5, 10)),
    ("Shells fired by the army killed and wounded nine civilians in Kadugli on Saturday.",
     "Shelling/artillery/missile attack", "Kadugli", date(2024, 5, 4)),
    ("An unknown number of policemen were injured and killed when gunmen raided a station in Zurmi on Thursday.",
     "Armed clash", "Zurmi", date(2024, 5, 9)),
]


JOINED_BY_AS_WELL_AS = [
    # (report, sub-event type, place, date, toll): one named victim and a count joined by "as well as" add up
    ("A Taliban commander as well as four other fighters were killed in an army raid in Logar on Sunday.",
     "Armed clash", "Logar", date(2024, 5, 5), 5),
    ("The district governor as well as two bodyguards were killed when a bomb hit their car in Kunduz on Monday.",
     "Remote explosive/landmine/IED", "Kunduz", date(2024, 5, 6), 3),
    ("An imam as well as five worshippers were shot dead in an attack on a mosque in Quetta on Friday.",
     "Attack", "Quetta", date(2024, 5, 10), 6),
    ("A village chief as well as seven residents were killed by bandits in Zurmi on Sunday.",
     "Attack", "Zurmi", date(2024, 5, 5), 8),
    ("Police killed a gang leader as well as six of his men in a raid in Port-au-Prince on Tuesday.",
     "Armed clash", "Port-au-Prince", date(2024, 5, 7), 7),
]


def _only_event(extractor, text):  # noqa: ANN001, ANN202 - the conftest extractor; an EventFact
    events = extract(extractor, text, PUBLISHED).events
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize(("text", "sub_type", "place", "day", "toll"), NO_VICTIMS + GENERIC + JOINED_BY_AS_WELL_AS)
def test_things_places_animals_and_every_one_are_no_count_of_one(extractor, text, sub_type, place, day, toll):
    event = _only_event(extractor, text)
    assert (event.sub_event_type, event.date.start, event.fatalities_low) == (sub_type, day, toll)
    assert event.place is not None and event.place.name.startswith(place)


@pytest.mark.parametrize(("text", "sub_type", "place", "day"), KILLED_AND_HURT)
def test_a_count_killed_and_hurt_together_is_no_toll(extractor, text, sub_type, place, day):
    event = _only_event(extractor, text)
    assert (event.sub_event_type, event.date.start, event.fatalities_low) == (sub_type, day, None)
    assert event.place is not None and event.place.name.startswith(place)
