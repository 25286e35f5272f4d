"""A possessive pronoun on a weapon noun stands for the subject the clause lends the noun (data/en/frames/nominal.yaml):
"a suicide bomber walked in and set off his explosives" are the bomber's, so the blast is a suicide bomb; the pronoun
counts as the doer only when no subject is lent. A bomb set off by gunmen is still a remote explosive."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)
SUICIDE, IED = "Suicide bomb", "Remote explosive/landmine/IED"

OWNED = [
    ("A suicide bomber walked in among the mourners at a funeral in Lumo on Monday and set off his explosives, killing "
     "30 people.", [SUICIDE]),
    ("A suicide bomber drove up to the gate of the governor's compound in Kolva on Wednesday and detonated his "
     "explosives, killing seven guards.", [SUICIDE]),
    ("Two suicide bombers scaled the wall of a police academy near Daru on Tuesday and set off their explosives, "
     "killing eleven cadets.", [SUICIDE]),
    ("A suicide bomber joined the crowd at a political rally in Tamu on Sunday and detonated his explosives, "
     "killing 14 people.", [SUICIDE]),
    ("A suicide bomber pushed through the crowd at the gate of a hospital in Kessa on Friday and set off his "
     "explosives, killing eight people.", [SUICIDE]),
    # the same pronoun on gunmen's bomb: no bearer, a remote explosive
    ("Gunmen stopped a bus near Daru on Monday and set off their bomb beside it, killing four passengers.", [IED]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), OWNED)
def test_a_pronouns_weapon_is_its_subjects(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == sub_event_types
