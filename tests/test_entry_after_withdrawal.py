"""Entry after the other side left (issue 18): one side withdraws from, abandons, evacuates or flees a place and the
other rolls, walks or marches in, moves in (no object), occupies it, takes it over or raises its flag there. The
place changes hands: the entrant controls it, the side that left lost it, and the event is ACLED's non-violent
transfer of territory where no fight is told (the train notes of a taking told after a withdrawal or a flight: 7
non-violent transfers, 3 takings, all 3 telling an attack or clashes); a fight told makes it a battle's taking."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 6, 17)  # a Monday
UNFOUGHT = "Non-violent transfer of territory"

LEFT = [
    # (shape, text, entrant, side that left, place)
    ("rolled into the town, coordinated", "Mozambican troops pulled out of Mocimboa da Praia on Saturday, and Islamic "
     "State fighters rolled into the town that evening.", "Islamic State", "Military Forces of Mozambique",
     "Mocímboa da Praia"),
    ("moved in, no object, next sentence", "Burkinabe gendarmes abandoned Arbinda on Thursday. JNIM militants moved in "
     "a few hours later.", "JNIM", "Police Forces of Burkina Faso", "Aribinda"),
    ("occupied the city, after a semicolon", "Myanmar army units withdrew from Lashio on Wednesday; fighters of the "
     "Ta'ang National Liberation Army occupied the city the next day.", "TNLA: Ta'ang National Liberation Army",
     "Military Forces of Myanmar", "Lashio"),
    ("took control, after a flight", "Congolese soldiers fled Bunia on Monday. CODECO militiamen took control of the "
     "town hours later.", "CODECO: Cooperative for Development of Congo",
     "Military Forces of the Democratic Republic of Congo", "Bunia"),
    ("marched in and raised a flag, evacuated", "Syrian government troops evacuated Palmyra on Friday. Islamic State "
     "militants marched into the city and raised their black flag.", "Islamic State", "Military Forces of Syria",
     "Tadmur"),
    ("walked in, no object, a government's", "Al-Shabaab fighters retreated from Jowhar on Tuesday. Somali soldiers "
     "walked in on Wednesday morning.", "Military Forces of Somalia", "al-Shabaab", "Jawhar"),
]


@pytest.mark.parametrize(("shape", "text", "entrant", "leaver", "place"), LEFT, ids=[r[0] for r in LEFT])
def test_an_entry_after_the_other_side_left_is_a_transfer(extractor, shape, text, entrant, leaver, place):
    result = extract(extractor, text, PUBLISHED)
    claims = {(c.actor.name, c.place.name, c.status.value) for c in result.control}
    assert {(entrant, place, "controls"), (leaver, place, "lost")} <= claims
    assert (UNFOUGHT, entrant, place) in {(e.sub_event_type, e.actor1 and e.actor1.name, e.place and e.place.name)
                                          for e in result.events}


FOUGHT = [
    # a fight told about the place makes the taking a battle's; a taking of another place, or one by the side that
    # withdrew, is no transfer of what was left
    ("attacked, then took over after a flight", "Islamic State fighters attacked the army in Ramadi, taking over the "
     "city after the soldiers fled.", "Non-state actor overtakes territory"),
    ("clashes told, then occupied", "Rebels clashed with soldiers in Kidal on Sunday. The soldiers withdrew on Monday "
     "and the rebels occupied the town.", "Non-state actor overtakes territory"),
    ("another town named", "The Afghan army abandoned Kunduz on Monday. Taliban fighters occupied Herat on Tuesday.",
     "Non-state actor overtakes territory"),
    ("the same side withdrew elsewhere", "Taliban fighters seized Kunduz on Tuesday after withdrawing from Baghlan.",
     "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize(("shape", "text", "taking"), FOUGHT, ids=[r[0] for r in FOUGHT])
def test_a_taking_told_with_a_fight_or_elsewhere_is_no_transfer(extractor, shape, text, taking):
    types = [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events]
    assert UNFOUGHT not in types
    assert taking in types or "Armed clash" in types
