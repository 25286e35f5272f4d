"""Entry after the other side left (issue 18): one side withdraws from, abandons, evacuates or flees a place and the
other rolls, walks or marches in, moves in (no object), occupies it, takes it over or raises its flag there. The
place changes hands: the entrant controls it, the side that left lost it, and the event is the entrant's taking
(government regains, non-state overtakes, as the gold sets code it); where its clause or the report says nobody
resisted ("unopposed", "without a shot", "no clashes were reported"), ACLED's non-violent transfer of territory."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 6, 17)  # a Monday
REGAINS, OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"
UNFOUGHT = "Non-violent transfer of territory"

LEFT = [
    # (shape, text, entrant, side that left, place, the event's sub-type)
    ("rolled into the town, coordinated", "Mozambican troops pulled out of Mocimboa da Praia on Saturday, and Islamic "
     "State fighters rolled into the town that evening.", "Islamic State", "Military Forces of Mozambique",
     "Mocímboa da Praia", OVERTAKES),
    ("moved in, no object, next sentence", "Burkinabe gendarmes abandoned Arbinda on Thursday. JNIM militants moved in "
     "a few hours later.", "JNIM", "Police Forces of Burkina Faso", "Aribinda", OVERTAKES),
    ("occupied the city, after a semicolon", "Myanmar army units withdrew from Lashio on Wednesday; fighters of the "
     "Ta'ang National Liberation Army occupied the city the next day.", "TNLA: Ta'ang National Liberation Army",
     "Military Forces of Myanmar", "Lashio", OVERTAKES),
    ("marched in and raised a flag, evacuated", "Syrian government troops evacuated Palmyra on Friday. Islamic State "
     "militants marched into the city and raised their black flag.", "Islamic State", "Military Forces of Syria",
     "Tadmur", OVERTAKES),
    ("rolled into the town, a government's", "Al-Shabaab fighters retreated from Jowhar on Tuesday. Somali soldiers "
     "rolled into the town on Wednesday morning.", "Military Forces of Somalia", "al-Shabaab", "Jawhar", REGAINS),
    # nobody resisted: in its own clause, or the report says so
    ("marched in unopposed", "Malian soldiers pulled out of Tessit on Tuesday, and JNIM fighters marched into the town "
     "unopposed.", "JNIM", "Military Forces of Mali", "Tessit", UNFOUGHT),
    ("took control, no clashes reported", "Congolese soldiers fled Bunia on Monday. CODECO militiamen took control of "
     "the town hours later. No clashes were reported.", "CODECO: Cooperative for Development of Congo",
     "Military Forces of the Democratic Republic of Congo", "Bunia", UNFOUGHT),
    ("walked in without meeting resistance", "Burkinabe soldiers pulled out of Djibo on Sunday, and JNIM fighters "
     "walked into the town without meeting resistance.", "JNIM", "Military Forces of Burkina Faso", "Djibo", UNFOUGHT),
]


@pytest.mark.parametrize(("shape", "text", "entrant", "leaver", "place", "sub_event_type"), LEFT,
                         ids=[r[0] for r in LEFT])
def test_an_entry_after_the_other_side_left_changes_hands(extractor, shape, text, entrant, leaver, place,
                                                          sub_event_type):
    result = extract(extractor, text, PUBLISHED)
    claims = {(c.actor.name, c.place.name, c.status.value) for c in result.control}
    assert {(entrant, place, "controls"), (leaver, place, "lost")} <= claims
    assert (sub_event_type, entrant, place) in {(e.sub_event_type, e.actor1 and e.actor1.name,
                                                 e.place and e.place.name) for e in result.events}


NOT_LEFT = [
    # the side that withdrew elsewhere took it, or another town is named: nothing was left to the taker there
    ("the same side withdrew elsewhere", "Taliban fighters seized Kunduz on Tuesday after withdrawing from Baghlan.",
     ("Taliban", "Kunduz", "controls"), ("Taliban", "Baghlān", "lost")),
    ("another town named", "The Afghan army abandoned Kunduz on Monday. Taliban fighters occupied Herat on Tuesday.",
     ("Taliban", "Herāt", "controls"), ("Military Forces of Afghanistan", "Kunduz", "lost")),
]


@pytest.mark.parametrize(("shape", "text", "taken", "lost"), NOT_LEFT, ids=[r[0] for r in NOT_LEFT])
def test_a_retreat_elsewhere_or_by_the_taker_makes_no_transfer(extractor, shape, text, taken, lost):
    result = extract(extractor, text, PUBLISHED)
    assert {taken, lost} <= {(c.actor.name, c.place.name, c.status.value) for c in result.control}
    assert [e.sub_event_type for e in result.events] == [OVERTAKES]
