"""Which sub-event type a shooting or an arrest tells by what it is told with (data/frame_table.yaml).

Small arms fired, with shells or not, at an armed side or its positions are a battle, whichever weapon the clause names
first (`small_arms_at_positions`); shells fired at a village, or shells with heavy guns only (data/en/weapons.yaml
`heavy_gun`, a whole-phrase kind), are a shelling. The arrested beaten, tortured or killed, told with the arrest: ACLED
codes the harm, an attack, not the arrest (class `arrest`, the `harm` kinds of the frames told with it); an arrest whose
words name a harm it answers ("in connection with the beating of X", "after they assaulted Y") stays an arrest; in a
report of a protest, the harm is the protest's. Armed men killing civilians are an attack even told with fighting nearby
("during clashes with the army", "as fighting raged"): a battle's noun, or a fight nobody is told fighting, ranks its
label only within its family (frontwatch.extract.merge); the dead nobody is told killing in a battle are its toll, and
an arrest during a riot is part of the riot. A killing or a wounding told with a happening whose weapon its words name
(coordinated with it, on it, or by its blast: "attacked X with bombs and killed two", "killed by the explosion of a
mine") is done with that weapon (the instrument of a frame told with it, extract/arguments.py; "using"/"employing" a
weapon is one, data/en/frames/adjuncts.yaml): a blast, not a battle; guns, or a fight told with the blast, stay one."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)
CLASH, SHELLING = "Armed clash", "Shelling/artillery/missile attack"
ATTACK, ARREST = "Attack", "Arrests"
RIOT, OVERTAKES = "Violent demonstration", "Non-state actor overtakes territory"
REMOTE = "Remote explosive/landmine/IED"

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


WEAPON_TOLD_WITH_THE_HARM = [
    ("Three soldiers were killed by the explosion of a roadside device near Tessalit on Monday.", [REMOTE]),
    ("Rebels attacked an army outpost near Hpakant with homemade bombs on Tuesday and killed two soldiers.", [REMOTE]),
    ("Insurgents ambushed a police convoy using landmines near Kunduz on Wednesday, killing six officers.", [REMOTE]),
    ("Jihadists targeted an army patrol with an IED near Arbinda on Friday and wounded three soldiers.", [REMOTE]),
    ("Gunmen attacked a gendarmerie post employing explosives near Titao on Monday, killing two gendarmes.", [REMOTE]),
    # guns, or a fight told with the blast, stay a battle
    ("Militants ambushed an army patrol near Kaya on Sunday with rifles, killing four soldiers.", [CLASH]),
    ("Insurgents ambushed a military convoy with a roadside bomb near Marka and then exchanged fire with the troops "
     "for two hours on Tuesday.", [CLASH]),
    ("Soldiers clashed with rebels who were planting mines near Loikaw on Friday, killing three of them.", [CLASH]),
    ("Rebels launched an assault on an army base near Beni on Saturday and killed five soldiers.", [CLASH]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), WEAPON_TOLD_WITH_THE_HARM)
def test_harm_told_with_a_blast_s_weapon_is_the_blast(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == sub_event_types
