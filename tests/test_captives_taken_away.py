"""People carried off, taken, led or dragged away are captives, not loot (data/frame_table.yaml class `loot`, as with
`march`): taken by the state's forces, arrests; by anybody else, an abduction; goods so taken are still looting."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)
ABDUCTION, ARRESTS, LOOTING = "Abduction/forced disappearance", "Arrests", "Looting/property destruction"

TAKEN = [
    # people taken away by armed men, or men nobody names: an abduction
    ("Gunmen stormed a boarding school in Kessa on Wednesday and took away 27 pupils.", [ABDUCTION]),
    ("Bandits raided a village near Daru on Monday night and carried off 25 women.", [ABDUCTION]),
    ("Militants led away six young men from the weekly market in Tamu on Thursday.", [ABDUCTION]),
    ("Fighters dragged off two aid workers from their vehicle near Kolva on Sunday.", [ABDUCTION]),
    ("Armed men whisked away a priest and his driver on the road to Lumo on Saturday.", [ABDUCTION]),
    ("Men came to the pastor's house in Daru on Sunday night and led him away.", [ABDUCTION]),
    # by the state's forces: arrests
    ("Soldiers led away six traders from the market in Kessa on Thursday.", [ARRESTS]),
    # goods taken away: still looting
    ("Gunmen carried off 200 cattle from a village near Daru on Tuesday.", [LOOTING]),
    ("Bandits took away cash and phones from travellers near Tamu on Friday.", [LOOTING]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), TAKEN)
def test_people_taken_away_are_captives(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == sub_event_types
