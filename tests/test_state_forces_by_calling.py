"""A state's forces named by their calling or by a unit of their own, as specification: "security operatives",
"security officers", "law enforcers", a numbered battalion or regiments are the forces (military or police) of the
report's country; a unit whose modifier names a force ("police units") is that force, not the army its noun alone
would name."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 3, 6)  # a Wednesday

BY_CALLING = [
    ("Security operatives killed three kidnappers in a gun battle near Lokoja on Sunday.",
     "Military Forces of Nigeria"),
    ("Security officers killed two gunmen near Gondar on Friday.", "Military Forces of Ethiopia"),
    ("Two regiments shelled insurgent trenches near Kismayo on Monday.", "Military Forces of Somalia"),
    ("The 12th Battalion shelled rebel positions near Kalehe on Sunday.",
     "Military Forces of the Democratic Republic of Congo"),
    ("Law enforcers shot dead two suspected smugglers near Teknaf on Monday.", "Police Forces of Bangladesh"),
    ("Law enforcement officers arrested six opposition activists in Harare.", "Police Forces of Zimbabwe"),
    ("Police units clashed with smugglers near Kandahar.", "Police Forces of Afghanistan"),
]


@pytest.mark.parametrize(("text", "actor1"), BY_CALLING, ids=[a for _, a in BY_CALLING])
def test_a_force_named_by_its_calling_is_its_countrys(extractor, text, actor1):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.actor1.name if e.actor1 else None for e in events][:1] == [actor1]


# The same nouns heading a proper name of their own, no country's, name a group of that name.
OWN_NAMES = [
    ("The Gangaw Battalion attacked a police station in Gangaw on Sunday.", "Gangaw Battalion"),
    ("Fighters of the Sagaing Revolutionary Battalion clashed with junta troops near Monywa.",
     "Sagaing Revolutionary Battalion"),
    ("The Copper Hill Regiment ambushed a police patrol near Tamu on Friday.", "Copper Hill Regiment"),
]


@pytest.mark.parametrize(("text", "actor1"), OWN_NAMES, ids=[a for _, a in OWN_NAMES])
def test_a_force_noun_heading_a_name_of_its_own_is_that_group(extractor, text, actor1):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.actor1.name if e.actor1 else None for e in events][:1] == [actor1]
