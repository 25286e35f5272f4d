"""Which sub-event type a shooting tells by what it is fired at and with what (data/frame_table.yaml:
`small_arms_at_positions`; data/en/weapons.yaml: `heavy_gun`, a whole-phrase kind).

Small arms fired, with shells or not, at an armed side or its positions are a battle, whichever weapon the clause names
first; shells fired at a village, or shells with heavy guns only, are a shelling."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)
CLASH, SHELLING = "Armed clash", "Shelling/artillery/missile attack"

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
