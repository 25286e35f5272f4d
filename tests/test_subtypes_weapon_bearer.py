"""A person a weapon word names by what they carry ("a suicide bomber", "a sniper") is a doer or the one harmed, never
the weapon itself (data/en/predicates.yaml word tag `bearer`): forces that shoot, kill or wound a suicide bomber fight
an armed side, a battle, not a suicide bombing; the bomber who blows himself up, or kills people, is still one."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)
CLASH, SUICIDE = "Armed clash", "Suicide bomb"

BEARERS = [
    # the bearer harmed or stopped by forces: the side they fought
    ("Soldiers shot dead a suicide bomber at a checkpoint outside Kessa on Monday before he could detonate his vest.",
     [CLASH]),
    ("Two suicide bombers were killed by police as they tried to force their way into the mosque compound in Daru on "
     "Friday.", [CLASH]),
    ("Troops killed a sniper who had been firing on their positions near Lumo on Wednesday, the army said.", [CLASH]),
    ("A would-be suicide attacker was gunned down by police at the gate of the governor's office in Kolva on Sunday.",
     [CLASH]),
    ("Police officers shot and wounded a suicide bomber near the bus station in Tamu on Thursday.", [CLASH]),
    # the bearer as the doer: the weapon is still theirs
    ("A suicide bomber blew himself up at the market in Kessa on Monday, killing nine people.", [SUICIDE]),
    ("Nine people were killed by a suicide bomber at the market in Daru on Tuesday.", [SUICIDE]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), BEARERS)
def test_a_weapon_bearer_is_a_side_not_the_weapon(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == sub_event_types
