"""A happening told by a noun only, as the subject of its toll, as specification: "an ambush near X killed ten
soldiers" names no doer (the ambush is the happening, not who did it), so the toll's armed dead tell a battle by
unidentified men at the noun's place and day; a war that killed people over years stays no event."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 3, 6)  # a Wednesday
THURSDAY, FRIDAY, SUNDAY, MONDAY, TUESDAY = (date(2024, 2, 29), *(date(2024, 3, d) for d in (1, 3, 4, 5)))

TOLD_BY_ITS_NOUN = [
    ("An ambush near Tillaberi on Thursday left twelve soldiers dead.", [("Tillabéri", THURSDAY)]),
    ("An attack on an army camp near Diffa on Monday killed nine soldiers.", [("Diffa", MONDAY)]),
    ("A raid on a military base near Kidal killed seven troops on Monday.", [("Kidal", MONDAY)]),
    ("The offensive killed 40 fighters near Marib on Sunday.", [("Ma'rib", SUNDAY)]),
    ("An ambush on a convoy near Menaka on Sunday killed ten soldiers.", [("Ménaka", SUNDAY)]),
    ("The war has killed 300,000 people since 2011.", []),  # a tally of years, no happening
]


@pytest.mark.parametrize(("text", "told"), TOLD_BY_ITS_NOUN)
def test_a_happening_noun_that_kills_is_an_event_at_its_place(extractor, text, told):
    events = extract(extractor, text, PUBLISHED).events
    assert [place_and_day(e) for e in events] == told


@pytest.mark.parametrize("text", [t for t, told in TOLD_BY_ITS_NOUN if told])
def test_its_doer_is_unidentified_not_the_noun(extractor, text):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified Armed Group")


TOLD_BEFORE_OR_NOT = [
    ("Resistance fighters ambushed an army convoy near Kalay on Friday. The attack left three soldiers dead.",
     [("Kalemyo", FRIDAY, 3)]),
    ("Militants attacked a gendarmerie post in Dori on Monday, residents said. The assault killed six gendarmes.",
     [("Dori", MONDAY, 6)]),
    ("Gunmen shot dead two traders in Kano on Monday. The raid on a military base near Maiduguri on Tuesday "
     "killed four soldiers.", [("Kano", MONDAY, 2), ("Maiduguri", TUESDAY, 4)]),
]


@pytest.mark.parametrize(("text", "told"), TOLD_BEFORE_OR_NOT)
def test_a_definite_happening_noun_refers_back_unless_placed_apart(extractor, text, told):
    events = extract(extractor, text, PUBLISHED).events
    assert [(*place_and_day(e), e.fatalities_low) for e in events] == told


OWN_DOER_NAMED = [  # the happening's noun names who did it: the toll is a detail of that doer's happening
    ("Ukrainian drone strikes on a depot near Donetsk killed three soldiers on Monday.",
     ("Air/drone strike", "Military Forces of Ukraine", 3)),
    ("Israeli shelling of a village near Tyre killed two fighters on Sunday.",
     ("Shelling/artillery/missile attack", "Military Forces of Israel", 2)),
    ("Houthi missile attacks on a base near Marib killed six soldiers on Tuesday.",
     ("Shelling/artillery/missile attack", "Houthis", 6)),
    ("Sudanese army air raids on Nyala killed twelve RSF fighters on Friday.",
     ("Air/drone strike", "Military Forces of Sudan", 12)),
    ("Turkish drone strikes near Qamishli killed four Kurdish fighters on Monday.",
     ("Air/drone strike", "Military Forces of Turkey", 4)),
]


@pytest.mark.parametrize(("text", "told"), OWN_DOER_NAMED)
def test_a_happening_noun_with_its_own_doer_keeps_that_doer(extractor, text, told):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert (event.sub_event_type, event.actor1.name if event.actor1 else None, event.fatalities_low) == told
