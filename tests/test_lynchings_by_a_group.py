"""A lynching by a group is a mob's (issue 18; the train notes' next confusion among mob violence, attack, looting and
violent demonstration: mob violence read as an attack). "A group" is the generic noun of an unidentified armed group
(data/actors.yaml), but a group, neighbours or people nobody arms who lynch somebody take the law into their own
hands: ACLED codes mob violence by rioters. Forces or armed men who lynch attack (data/frame_table.yaml `lynch`:
`agent: [state, one_of_a_force]`)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2025, 11, 21)  # a Friday
SATURDAY, SUNDAY, MONDAY, TUESDAY, WEDNESDAY = (date(2025, 11, d) for d in (15, 16, 17, 18, 19))

BY_A_GROUP = [
    ("On Tuesday a group of men lynched a young herder near Parakou.", "Rioters (Benin)", "Parakou", TUESDAY),
    ("A group lynched two fishermen in Mwanza on Monday.", "Rioters (Tanzania)", "Mwanza", MONDAY),
    ("Neighbours lynched a teenager in Butembo on Sunday.", "Rioters (Democratic Republic of Congo)", "Butembo",
     SUNDAY),
    ("On Wednesday a gang lynched a shopkeeper in Kaduna.", "Rioters (Nigeria)", "Kaduna", WEDNESDAY),
    ("Unidentified people lynched a driver in Bouake on Saturday.", "Rioters (Ivory Coast)", "Bouaké", SATURDAY),
]


@pytest.mark.parametrize(("text", "actor1", "place", "day"), BY_A_GROUP)
def test_a_group_that_lynches_is_a_mob(extractor, text, actor1, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None, *place_and_day(e)) for e in events] == [
        ("Mob violence", actor1, place, day)]


BY_FORCES_OR_ARMED_MEN = [
    ("Soldiers lynched a detainee at a barracks in Jos on Tuesday.", "Military Forces of Nigeria"),
    ("Gunmen lynched a village chief near Gao on Monday.", "Unidentified Armed Group (Mali)"),
]


@pytest.mark.parametrize(("text", "actor1"), BY_FORCES_OR_ARMED_MEN)
def test_forces_or_armed_men_who_lynch_attack(extractor, text, actor1):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events] == [("Attack", actor1)]
