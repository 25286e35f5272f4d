"""Which sub-event type a shooting or an arrest tells by what it is told with (data/frame_table.yaml).

Small arms fired, with shells or not, at an armed side or its positions are a battle, whichever weapon the clause names
first (`small_arms_at_positions`); shells fired at a village, or shells with heavy guns only (data/en/weapons.yaml
`heavy_gun`, a whole-phrase kind), are a shelling. The arrested beaten, tortured or killed, told with the arrest: ACLED
codes the harm, an attack, not the arrest (class `arrest`, the `harm` kinds of the frames told with it); an arrest whose
words name a harm it answers ("in connection with the beating of X", "after they assaulted Y") stays an arrest; in a
report of a protest, the harm is the protest's. Armed men killing civilians are an attack even told with fighting nearby
("during clashes with the army", "as fighting raged"): a battle's noun, or a fight nobody is told fighting, ranks its
label only within its family (frontwatch.extract.merge); the dead nobody is told killing in a battle are its toll, and
an arrest during a riot is part of the riot."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)
CLASH, SHELLING = "Armed clash", "Shelling/artillery/missile attack"
ATTACK, ARREST = "Attack", "Arrests"
RIOT, OVERTAKES = "Violent demonstration", "Non-state actor overtakes territory"

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


AMID_FIGHTING = [
    ("Gunmen killed eleven villagers in Kadisso on Sunday after fighting broke out in a neighbouring district.",
     [ATTACK]),
    ("Attackers killed twelve civilians in the village of Mbala on Saturday during heavy fighting in the area.",
     [ATTACK]),
    ("Insurgents beheaded four fishermen near Mocimboa on Thursday during clashes with government troops.", [ATTACK]),
    ("Militiamen killed nine displaced people in a camp near Djugu on Tuesday as fighting raged nearby.", [ATTACK]),
    ("Gunmen opened fire on worshippers leaving a church in Ekpoma on Sunday amid fighting between rival cult groups, "
     "killing three.", [ATTACK]),
    ("Three civilians were killed in clashes between the army and rebels near Kitchanga on Sunday.", [CLASH]),
    ("Soldiers killed two rebels in clashes near Kalonge on Monday.", [CLASH]),
    ("Rebels captured the town of Kalonge on Monday after fierce clashes with the army.", [OVERTAKES]),
    ("Police arrested twenty people during clashes with protesters in Dakar on Friday.", [RIOT]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), AMID_FIGHTING)
def test_civilians_killed_by_armed_men_amid_fighting_are_an_attack(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == sub_event_types
