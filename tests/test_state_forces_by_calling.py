"""A state's forces named by their calling or by a unit of their own, as specification: "security operatives",
"security officers", "law enforcers", a numbered battalion, regiments or commandos are the forces (military or
police) of the report's country; a unit whose modifier names a force ("police units") is that force, not the army its
noun alone would name; a unit noun heading a proper name of its own, no country's, names a group of that name."""

from __future__ import annotations

import pytest

FORCES = [
    ("Security operatives killed three kidnappers in a gun battle near Lokoja on Sunday.",
     "Military Forces of Nigeria"),
    ("Security officers killed two gunmen near Gondar on Friday.", "Military Forces of Ethiopia"),
    ("Two regiments shelled insurgent trenches near Kismayo on Monday.", "Military Forces of Somalia"),
    ("The 12th Battalion shelled rebel positions near Kalehe on Sunday.",
     "Military Forces of the Democratic Republic of Congo"),
    ("Law enforcers shot dead two suspected smugglers near Teknaf on Monday.", "Police Forces of Bangladesh"),
    ("Law enforcement officers arrested six opposition activists in Harare.", "Police Forces of Zimbabwe"),
    ("Police units clashed with smugglers near Kandahar.", "Police Forces of Afghanistan"),
    ("Military operatives killed four cattle rustlers near Lafia on Sunday.", "Military Forces of Nigeria"),
    ("Military personnel shot dead two gunmen near Garissa on Monday.", "Military Forces of Kenya"),
    ("Police operatives shot dead three armed robbers near Ibadan on Friday.", "Police Forces of Nigeria"),
    # commandos (plural: "an armed commando" of a Latin American report is a band of gunmen)
    ("Army commandos raided a camp near Sirte on Sunday.", "Military Forces of Libya"),
    ("Nigerien commandos ambushed a column of militants near Diffa.", "Military Forces of Niger"),
    ("Two rebels were killed by commandos in a forest near Bambari.",
     "Military Forces of the Central African Republic"),
    ("Colombian commandos destroyed a cocaine laboratory in Narino.", "Military Forces of Colombia"),
    ("Commandos shot dead two suspected smugglers near Agadez.", "Military Forces of Niger"),
    ("A commando of gunmen abducted a mayor in Guerrero.", "Unidentified Armed Group (Mexico)"),
    # a name of its own
    ("The Gangaw Battalion attacked a police station in Gangaw on Sunday.", "Gangaw Battalion"),
    ("Fighters of the Sagaing Revolutionary Battalion clashed with junta troops near Monywa.",
     "Sagaing Revolutionary Battalion"),
    ("The Copper Hill Regiment ambushed a police patrol near Tamu on Friday.", "Copper Hill Regiment"),
]


@pytest.mark.parametrize(("text", "actor1"), FORCES, ids=[a for _, a in FORCES])
def test_a_force_named_by_its_calling_or_unit_is_its_countrys(first_actor1, text, actor1):
    assert first_actor1(text) == actor1
