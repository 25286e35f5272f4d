"""Happenings told in words the reading missed, as specification: a taking told by a motion ("swept into X") takes
what its into-phrase names, and an entry on foot ("walked into X", "strolled into X") is an entry like "entered X",
a taking where the holder had withdrawn; a lone armed doer named in the singular or by the weapon they carry ("a
gunman", "a militiaman", "a sniper") is an unidentified armed group, which fights state forces it harms (an armed clash)
and attacks civilians."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import sub_event_types

PUBLISHED = date(2024, 5, 13)  # a Monday
NSA, GOV, CLASH, ATTACK = ("Non-state actor overtakes territory", "Government regains territory", "Armed clash",
                           "Attack")

_types = partial(sub_event_types, published=PUBLISHED)


ENTRIES = [
    # an entry on foot after the holder withdrew is a taking, as "entered X after the army withdrew" is
    ("Fano militiamen walked into Debre Tabor on Thursday after the army withdrew.", [NSA]),
    ("Tuareg rebels walked into Menaka on Friday after the soldiers pulled out.", [NSA]),
    ("Militia fighters strolled into Bentiu on Sunday after government troops withdrew.", [NSA]),
    # a taking told by a motion takes its into-phrase's place
    ("M23 fighters swept into Bunagana on Monday.", [NSA]),
    ("Islamist fighters swept into the town of Diabaly on Monday after a brief fight.", [NSA]),
    ("Rebels swept into Kidal on Saturday as soldiers fled.", [NSA]),
    ("Army units swept into Sirte on Tuesday.", [GOV]),
    # an entry alone is a fight for the place, no taking; a crowd's march or anybody's walk takes nothing
    ("Rebel fighters rolled into Kindu on Sunday.", []),
    ("Protesters marched into the main square of Lagos on Friday.", ["Peaceful protest"]),
    ("A man walked into a bar in Kabul on Friday.", []),
]


@pytest.mark.parametrize(("text", "expected"), ENTRIES, ids=[f"entry-{k}" for k in range(len(ENTRIES))])
def test_an_entry_or_a_taking_told_by_a_motion(extractor, text: str, expected: list[str]) -> None:
    assert _types(extractor, text) == expected


LONE_DOERS = [
    # state forces harmed by one armed man: a battle
    ("A soldier was killed by a sniper in Kherson on Sunday.", [CLASH]),
    ("Snipers killed two policemen in Kidal on Sunday.", [CLASH]),
    ("A policeman was shot dead by a sniper in Marawi on Sunday.", [CLASH]),
    ("A gunman killed a soldier at a checkpoint near Bannu on Sunday.", [CLASH]),
    ("A police sergeant was shot dead by a sniper in Kherson on Sunday.", [CLASH]),
    ("A militiaman wounded a border guard near Tessit on Sunday.", [CLASH]),
    # civilians harmed by one: an attack
    ("Two traders were wounded by a gunman in Goma on Sunday.", [ATTACK]),
    ("A farmer was killed by a sniper near Avdiivka on Sunday.", [ATTACK]),
    ("A lone gunman killed two worshippers at a mosque in Kano on Friday.", [ATTACK]),
    ("A militiaman killed a village chief in Djugu on Sunday.", [ATTACK]),
]


@pytest.mark.parametrize(("text", "expected"), LONE_DOERS, ids=[f"lone-{k}" for k in range(len(LONE_DOERS))])
def test_a_lone_armed_doer_is_an_armed_group(extractor, text: str, expected: list[str]) -> None:
    assert _types(extractor, text) == expected
