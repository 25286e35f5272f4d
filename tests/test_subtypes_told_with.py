"""Which sub-event type a shooting or an arrest tells by what it is told with (data/frame_table.yaml).

Small arms fired, with shells or not, at an armed side or its positions are a battle, whichever weapon the clause names
first (`small_arms_at_positions`); shells fired at a village, or shells with heavy guns only (data/en/weapons.yaml
`heavy_gun`, a whole-phrase kind), are a shelling. The arrested beaten, tortured or killed, told with the arrest: ACLED
codes the harm, an attack, not the arrest (class `arrest`, the `harm` kinds of the frames told with it); an arrest whose
words name a harm it answers ("in connection with the beating of X", "after they assaulted Y") stays an arrest; in a
report of a protest, the harm is the protest's."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)
CLASH, SHELLING = "Armed clash", "Shelling/artillery/missile attack"
ATTACK, ARREST = "Attack", "Arrests"

FIRED_AT = [
    ("Government troops fired mortars and small arms at rebel positions near Kessa on Monday.", [CLASH]),
    ("On 3 May the insurgents fired rockets and assault rifles at an army outpost outside Daru.", [CLASH]),
    ("Rebels shelled an army post near Daru with mortars and machine guns on Sunday.", [CLASH]),
    ("The separatists fired mortars and rifles at the positions of the national army near Kolva on Friday.", [CLASH]),
    ("Border troops fired small arms and artillery shells at the outposts of the other army near Tessa on Tuesday.",
     [CLASH]),
    ("Soldiers fired artillery shells and small arms at the village of Tamu on Monday, wounding two farmers.",
     [SHELLING]),
    ("The militia fired mortars and heavy machine guns at the army's positions near Kolva on Monday.", [SHELLING]),
    ("Militants fired a rocket at an army post near Daru on Sunday.", [SHELLING]),
    # a grenade launcher is a heavy gun, read as its whole phrase: no grenade thrown
    ("The militia fired grenade launchers at the village of Tamu on Monday.", [SHELLING]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), FIRED_AT)
def test_small_arms_at_an_armed_side_are_a_battle(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == sub_event_types


TOLD_WITH_THE_ARREST = [
    ("Police in Lumo arrested a shopkeeper on Monday and tortured him for two days.", [ATTACK]),
    ("Gendarmes arrested a trader in Tamu on Friday and beat him with sticks.", [ATTACK]),
    ("Police detained a farmer in Kolo on Sunday and beat him to death.", [ATTACK]),
    ("Militiamen detained a driver at a checkpoint near Lumo on Friday and whipped him.", [ATTACK]),
    ("Police arrested a journalist in Kora on Friday and assaulted her.", [ATTACK]),
    ("Security forces arrested a student in Abo on Monday and killed him in custody.", [ATTACK]),
    ("Troops detained and assaulted a journalist in Abo on Wednesday.", [ATTACK]),
    ("Police arrested twelve men in Kora on Monday for theft.", [ARREST]),
    ("Police arrested a councillor in Kora on Monday in connection with the beating of a clerk.", [ARREST]),
    # a date's month is no march: the report tells no protest
    ("On 2 March police arrested a baker in Tamu and beat him in the station.", [ATTACK]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), TOLD_WITH_THE_ARREST)
def test_harm_told_with_an_arrest_is_an_attack(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == sub_event_types
