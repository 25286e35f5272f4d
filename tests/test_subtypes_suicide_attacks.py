"""A suicide attack is a Suicide bomb however it is told (ACLED codes the attack its bomber carries out, not the verb):
- a vehicle packed with explosives driven into a target (data/en/predicates.yaml light verb of class `ram`; the word tag
  `vehicle`: the weapons its own phrase names are its weapon), though the word "suicide" is never written;
- a bomber as the subject of a verb of many senses: the weapon its own phrase names decides ("a bomber wearing an
  explosive belt struck X" is no air strike; tag `bearer`), while an aircraft named "bomber" still strikes from the air;
- a complex attack, a blast then gunmen, the forces killing the attackers: the bombing names the happening
  (data/acled_taxonomy.yaml `strength`), its doer the group, the forces the side it struck (no side fights itself)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2024, 5, 15)
SUICIDE, AIR = "Suicide bomb", "Air/drone strike"
GROUP = "Unidentified Armed Group"

VEHICLE_DRIVEN_IN = [
    "A man drove a minivan loaded with explosives into the entrance of an army barracks in Ganda on Tuesday, killing "
    "six soldiers.",
    "An assailant rammed an explosives-laden truck into the gate of a hotel in Marra on Friday night, killing 11 "
    "guests.",
    "A militant drove a car packed with explosives into a crowded market in Sudo on Wednesday, killing nine "
    "civilians, police said.",
    "Al-Shabaab said one of its fighters drove a vehicle filled with explosives into a convoy of Ugandan troops near "
    "Belet on Saturday, killing seven soldiers.",
    "A lorry laden with explosives was driven into the perimeter wall of the district headquarters in Tarsa on Monday, "
    "killing three guards, officials said.",
]

NOT_A_BOMB = [  # a vehicle driven somewhere with no explosives told is no attack of its own
    "Rebel fighters drove their pickups into the town of Lomba on Sunday, residents said.",
    "A truck crashed into a bridge near Orsi on Monday.",
]

BEARER_AS_DOER = [
    ("A bomber wearing an explosive belt hit a wedding party in Kanto on Saturday, killing 12 guests.", [SUICIDE]),
    ("A suicide bomber targeted a funeral procession in Oruma on Tuesday, killing eight mourners, police said.",
     [SUICIDE]),
    ("A teenage bomber with a suicide vest struck a crowded bus station in Maidu on Friday, killing six people.",
     [SUICIDE]),
    ("A bomber in an explosive vest attacked a checkpoint outside Ruwa on Sunday, killing four militiamen.", [SUICIDE]),
    ("Two bombers wearing suicide belts hit a camp for displaced people near Dalori on Thursday, killing 14 people, "
     "a local official said.", [SUICIDE]),
    # an aircraft named "bomber" carries nothing of its own: still a strike from the air
    ("Government bombers struck rebel positions near Kalma on Wednesday, the army said.", [AIR]),
    ("A bomber carrying guided bombs hit a fuel depot outside Tessit on Monday night, the ministry said.", [AIR]),
]

COMPLEX_ATTACKS = [  # (text, actor 1 of the bombing, or None where its words name no doer of the blast itself)
    ("A suicide car bomb exploded at the gate of an army base in Kuri on Monday before gunmen stormed the base; "
     "soldiers killed all six attackers.", None),
    ("Insurgents drove a vehicle packed with explosives into a police compound in Tella on Friday and then stormed it; "
     "security forces killed the four assailants after a two-hour gunfight.", GROUP),
    ("A suicide bomber blew himself up at the entrance of a military academy in Hamo on Wednesday, and three gunmen "
     "then forced their way inside; troops killed the gunmen.", GROUP),
    ("Militants attacked a border post near Sabi on Saturday with a suicide truck bomb and gunfire; border guards "
     "killed the seven attackers, the interior ministry said.", GROUP),
    ("Jihadists rammed an explosives-laden pickup into an army outpost near Dori on Thursday night before fighters on "
     "motorbikes stormed it; soldiers killed eleven of the assailants.", GROUP),
]


@pytest.mark.parametrize("text", VEHICLE_DRIVEN_IN)
def test_a_vehicle_packed_with_explosives_driven_into_a_target_is_a_suicide_bomb(extractor, text):
    assert sub_event_types(extractor, text, PUBLISHED) == [SUICIDE]


@pytest.mark.parametrize("text", NOT_A_BOMB)
def test_a_vehicle_driven_in_without_explosives_is_no_bombing(extractor, text):
    assert SUICIDE not in sub_event_types(extractor, text, PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), BEARER_AS_DOER)
def test_the_weapon_a_doer_carries_decides_not_the_verb(extractor, text, expected):
    assert sub_event_types(extractor, text, PUBLISHED) == expected


@pytest.mark.parametrize(("text", "doer"), COMPLEX_ATTACKS)
def test_a_complex_attack_is_the_suicide_bombing_by_the_group(extractor, text, doer):
    bombings = [e for e in extract(extractor, text, PUBLISHED).events if e.sub_event_type == SUICIDE]
    assert len(bombings) == 1
    if doer is not None:
        assert bombings[0].actor1 is not None and bombings[0].actor1.name.startswith(doer)
        assert bombings[0].actor2 is not None and bombings[0].actor2.name.startswith("Military Forces")
