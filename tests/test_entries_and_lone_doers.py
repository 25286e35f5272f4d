"""Happenings told in words the reading missed, as specification: a taking told by a motion ("swept into X") takes
what its into-phrase names, and an entry on foot ("walked into X", "strolled into X") is an entry like "entered X",
a taking where the holder had withdrawn; a lone armed doer named in the singular or by the weapon they carry ("a
gunman", "a militiaman", "a sniper") is an unidentified armed group, which fights state forces it harms (an armed clash)
and attacks civilians."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import sub_event_types

NSA, GOV = "Non-state actor overtakes territory", "Government regains territory"
CLASH, ATTACK = "Armed clash", "Attack"

CASES = {
    # an entry on foot after the holder withdrew is a taking, as "entered X after the army withdrew" is
    "walked-in-after-exit": ("Fano militiamen walked into Debre Tabor on Thursday after the army withdrew.", [NSA]),
    "walked-in-after-pull-out": ("Tuareg rebels walked into Menaka on Friday after the soldiers pulled out.", [NSA]),
    "strolled-in": ("Militia fighters strolled into Bentiu on Sunday after government troops withdrew.", [NSA]),
    # a taking told by a motion takes its into-phrase's place
    "swept-in": ("M23 fighters swept into Bunagana on Monday.", [NSA]),
    "swept-into-town-of": ("Islamist fighters swept into the town of Diabaly on Monday after a brief fight.", [NSA]),
    "swept-in-as-they-fled": ("Rebels swept into Kidal on Saturday as soldiers fled.", [NSA]),
    "state-swept-in": ("Army units swept into Sirte on Tuesday.", [GOV]),
    # an entry alone is a fight for the place; a crowd's march or anybody's walk takes nothing
    "entry-alone": ("Rebel fighters rolled into Kindu on Sunday.", []),
    "crowd-marched-in": ("Protesters marched into the main square of Lagos on Friday.", ["Peaceful protest"]),
    "anybody-walked-in": ("A man walked into a bar in Kabul on Friday.", []),
    # state forces one armed man harms fight him: a battle
    "soldier-by-sniper": ("A soldier was killed by a sniper in Kherson on Sunday.", [CLASH]),
    "snipers-killed-police": ("Snipers killed two policemen in Kidal on Sunday.", [CLASH]),
    "policeman-by-sniper": ("A policeman was shot dead by a sniper in Marawi on Sunday.", [CLASH]),
    "gunman-killed-soldier": ("A gunman killed a soldier at a checkpoint near Bannu on Sunday.", [CLASH]),
    "sergeant-by-sniper": ("A police sergeant was shot dead by a sniper in Kherson on Sunday.", [CLASH]),
    "militiaman-wounded-guard": ("A militiaman wounded a border guard near Tessit on Sunday.", [CLASH]),
    # civilians he harms are attacked
    "traders-by-gunman": ("Two traders were wounded by a gunman in Goma on Sunday.", [ATTACK]),
    "farmer-by-sniper": ("A farmer was killed by a sniper near Avdiivka on Sunday.", [ATTACK]),
    "lone-gunman-at-mosque": ("A lone gunman killed two worshippers at a mosque in Kano on Friday.", [ATTACK]),
    "militiaman-killed-chief": ("A militiaman killed a village chief in Djugu on Sunday.", [ATTACK]),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_entries_and_lone_doers_are_read(extractor, text: str, expected: list[str]) -> None:
    assert sub_event_types(extractor, text, date(2024, 5, 13)) == expected
