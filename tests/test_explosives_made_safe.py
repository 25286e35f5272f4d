"""An explosive made safe is disrupted weapons use, however the making safe is told (ACLED codes the weapon's use
stopped, not a blast nor a killing):
- a controlled detonation: a blast its report tells as defused, unexploded or set off by sappers or a disposal team
  (data/en/arguments.yaml `made_safe`, data/frame_table.yaml `bomb`, `destroy`);
- explosives or arms destroyed by the state's forces (`destroy`), as seizing them is;
- a blast that harms people stays the bombing it is, whoever defused another device nearby."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import sub_event_types

PUBLISHED = date(2024, 5, 15)
DISRUPTED, REMOTE = "Disrupted weapons use", "Remote explosive/landmine/IED"

MADE_SAFE = [
    "Army engineers safely detonated a roadside bomb found near a bridge outside Garsale on Monday.",
    "On Thursday a police bomb squad blew up a suspicious package left at the bus terminal in Koronga.",
    "An unexploded rocket lying in a school yard in Pervomaiske was destroyed by sappers on Saturday.",
    "Troops found and destroyed a stockpile of landmines and detonators in a forest camp near Wagana on Friday.",
    "On Tuesday the disposal team of the gendarmerie detonated an explosive device hidden under a culvert near Kalo.",
]

STILL_A_BLAST = [  # harm done: the bombing, not its disruption
    "A roadside bomb exploded under a minibus near Garsale on Monday, killing four passengers.",
    "An explosive device went off at a checkpoint outside Koronga on Friday, wounding two policemen.",
]


@pytest.mark.parametrize("text", MADE_SAFE)
def test_an_explosive_made_safe_is_disrupted_weapons_use(extractor, text):
    assert sub_event_types(extractor, text, PUBLISHED) == [DISRUPTED]


@pytest.mark.parametrize("text", STILL_A_BLAST)
def test_a_blast_that_harms_stays_a_bombing(extractor, text):
    assert sub_event_types(extractor, text, PUBLISHED) == [REMOTE]
