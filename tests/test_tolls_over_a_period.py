"""A toll told over a period of fighting ("has killed 40 since Friday", "the death toll from the week's clashes rose
to 63"), as specification: it is the toll of the fighting of that period — the battle told before at its place, or,
where the sentence is the only report of the fighting ("the fighting around X has killed ..."), a battle of its own —
never of a taking or another happening of the same report, and it is not added to a daily toll."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday
CLASH = "Armed clash"

ONLY_REPORT = [
    # (report, the place of its battle, its toll)
    ("Fighting between the army and rebel fighters around Goma has killed at least 85 people since Saturday, "
     "hospital staff said.", "Goma", 85),
    ("The fighting around Sirte has killed 37 people since Monday, aid workers said.", "Sirte", 37),
    ("The clashes in the southern suburbs of Tripoli have left 112 dead since Friday, the health ministry said.",
     "Tripoli", 112),
    ("At least 30 fighters have died since Monday in battles between al-Shabaab and Somali troops around Jilib, a "
     "local elder said.", "Jilib", 30),
    ("The death toll from the week's clashes between Houthi rebels and government forces near Marib rose to 63 on "
     "Thursday.", "Ma'rib", 63),
]


@pytest.mark.parametrize(("text", "place", "toll"), ONLY_REPORT)
def test_a_toll_over_days_is_the_toll_of_the_fighting(extractor, text, place, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.place and e.place.name, e.fatalities_low) for e in events] == [(CLASH, place, toll)]


BESIDE_A_TAKING = [
    # (report, the taking's place, the fighting's toll): the taking keeps no toll
    ("Rebels seized Rubaya on Tuesday after government troops fled. Local officials said about 60 people had died "
     "in the fighting since Sunday.", "Rubaya", 60),
    ("Al-Shabaab militants took the town of Mahas on Wednesday. Elders said the clashes had left 22 people dead "
     "since Monday.", "Mahas", 22),
    ("Government forces recaptured the town of Tal Tamr on Monday. Troops had clashed with Islamic State fighters "
     "there on Friday. The army said 28 people had been killed since Saturday.", "Tall Tamr", 28),
    ("Islamist fighters captured the town of Mocimboa da Praia on Sunday and raised their flag over the port. "
     "Soldiers had fought the insurgents at the town's airfield on Thursday. A police source said 51 people had "
     "been killed since Friday.", "Mocímboa da Praia", 51),
    ("Houthi fighters overran the district centre of Harib on Saturday. The insurgents had battled tribal "
     "fighters outside the town on Wednesday. Medics said 74 combatants had died since Thursday.", "Ḩarīb", 74),
]


@pytest.mark.parametrize(("text", "place", "toll"), BESIDE_A_TAKING)
def test_a_toll_over_days_goes_to_the_fighting_not_the_taking(extractor, text, place, toll):
    events = extract(extractor, text, PUBLISHED).events
    takings = [e for e in events if e.event_type == "Battles" and e.sub_event_type != CLASH]
    clashes = [e for e in events if e.sub_event_type == CLASH]
    assert [(e.place and e.place.name, e.fatalities_low) for e in takings] == [(place, None)], events
    assert [e.fatalities_low for e in clashes] == [toll], events


def test_a_toll_over_days_is_not_added_to_the_days_toll(extractor):
    text = ("Troops clashed with ADF rebels near Oicha on Monday, killing nine of them. The fighting around the town "
            "has killed 40 people since Saturday, a local official said.")
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.fatalities_low) for e in events] == [(CLASH, 9)]


REMOTE_TOLLS = [
    # (report, the label of its remote happening, its toll): a toll over days of shelling or strikes stays theirs
    ("Sudanese troops clashed with RSF fighters near Babanusa on Thursday. Shelling has killed 40 civilians in the "
     "town since Friday, the governor said.", "Shelling/artillery/missile attack", 40),
    ("Army units fought Houthi fighters outside Hodeidah on Thursday. Air strikes have killed 26 civilians in the "
     "city since Friday, medics said.", "Air/drone strike", 26),
]


@pytest.mark.parametrize(("text", "label", "toll"), REMOTE_TOLLS)
def test_a_toll_over_days_of_shelling_is_not_the_battles(extractor, text, label, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.fatalities_low for e in events if e.sub_event_type == CLASH] == [None], events
    assert [e.fatalities_low for e in events if e.sub_event_type == label] == [toll], events


def test_a_toll_over_months_is_not_the_battles(extractor):
    text = ("Troops clashed with ADF rebels near Oicha on Monday. Since January, 300 people have been killed in the "
            "area, a local official said.")
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.fatalities_low) for e in events] == [(CLASH, None)]
