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


KILLING_THEN_CAPTIVES = [
    # a hostage taking told in a clause of its own beside a killing of another label: a happening of its own
    # (taxonomy `apart`), at the killing's place and day
    ("Militants fired on a minibus outside Garissa on Monday, killing two passengers, and four others were taken "
     "hostage.", [("Attack", "Garissa"), (ABDUCTION, "Garissa")]),
    ("Rebels attacked a clinic in Mamove on Thursday, killing a nurse, and two doctors were taken captive.",
     [("Attack", "Mamove"), (ABDUCTION, "Mamove")]),
    ("Jihadists ambushed a truck near Djibo on Friday, killing its driver, and three passengers were abducted.",
     [("Attack", "Djibo"), (ABDUCTION, "Djibo")]),
    ("Separatists attacked a convoy outside Ndop on Wednesday, killing two gendarmes, and an engineer was abducted.",
     [("Armed clash", "Ndop"), (ABDUCTION, "Ndop")]),
    ("Gunmen ambushed a pickup near Tillaberi on Tuesday, killing four farmers, and two herders were kidnapped.",
     [("Attack", "Tillabéri"), (ABDUCTION, "Tillabéri")]),
    # guards: a storming nobody died in is the abduction; an abduction whose own clause kills is the attack (ACLED's
    # notes); one abduction told twice stays one
    ("Armed men stormed a school in Kuriga on Tuesday; dozens of pupils were kidnapped.", [(ABDUCTION, None)]),
    ("Gunmen abducted twelve worshippers from a mosque in Funtua on Friday, killing the imam.", [("Attack", "Funtua")]),
    ("Bandits kidnapped nine travellers near Kachia on Sunday. The nine were abducted as their bus slowed at a bend.",
     [(ABDUCTION, "Kachia")]),
]


@pytest.mark.parametrize(("text", "events"), KILLING_THEN_CAPTIVES)
def test_captives_taken_beside_a_killing_are_an_abduction_of_their_own(extractor, text, events):
    told = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.place.name if e.place else None) for e in told] == events
