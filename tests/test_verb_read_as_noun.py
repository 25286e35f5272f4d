"""A verb the tagger read as a noun closing its subject's phrase, as specification: in "Gunmen on a motorcycle shot dead
a trader" the small parser reads "a motorcycle shot" as one noun and leaves the sentence no verb; the sentence is parsed
again with its subject as one name, so the shooting is told by its doer, at its place and day, with its toll."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 3, 6)  # a Wednesday
FRIDAY, SUNDAY, MONDAY = (date(2024, 3, d) for d in (1, 3, 4))

SHOT_ON_A_VEHICLE = [
    ("Gunmen on a motorcycle shot dead a trader in Kano on Monday.", "Attack", "Kano", MONDAY, 1),
    ("Attackers on a motorbike shot dead a priest in Cauca on Friday.", "Attack", "Cauca", FRIDAY, 1),
    ("Militants on a motorcycle shot dead a policeman in Bannu on Sunday.", "Armed clash", "Bannu", SUNDAY, 1),
    ("Gunmen on a motorcycle shot a journalist dead in Culiacan on Monday.", "Attack", "Culiacán", MONDAY, 1),
    ("Gunmen in a truck shot a village chief dead near Kaya on Friday.", "Attack", "Kaya", FRIDAY, 1),
]


@pytest.mark.parametrize(("text", "sub_type", "place", "day", "dead"), SHOT_ON_A_VEHICLE)
def test_a_shooting_by_riders_is_told(extractor, text, sub_type, place, day, dead):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1 is not None and e.actor1.name.startswith("Unidentified Armed Group"),
             *place_and_day(e), e.fatalities_low) for e in events] == [(sub_type, True, place, day, dead)]
