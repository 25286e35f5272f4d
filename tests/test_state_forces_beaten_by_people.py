"""Members of the state's forces beaten or assaulted by people, as specification: people or a crowd who beat a
policeman, a guard or a soldier with no weapon told riot against them: mob violence by rioters, the forces the second
actor where the words name them, at its place and day; not a battle."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 14)  # a Tuesday
SUNDAY, MONDAY = date(2024, 5, 12), date(2024, 5, 13)

BEATINGS = [
    ("On Monday, a traffic constable was beaten up by three young men on motorcycles in Lucknow.", "Lucknow", MONDAY),
    ("On Sunday, villagers assaulted two wildlife officers at a checkpoint near Anuradhapura.", "Anuradhapura", SUNDAY),
    ("On Monday, a group of traders thrashed a municipal policeman in a market in Patna.", "Patna", MONDAY),
    ("A soldier was manhandled and beaten by shoppers at a market in Goma on Sunday.", "Goma", SUNDAY),
    ("On Sunday, residents beat up two police officers who had come to arrest a man in Kisii.", "Kisii", SUNDAY),
]


@pytest.mark.parametrize(("text", "place", "day"), BEATINGS)
def test_forces_beaten_by_people_are_mob_violence(extractor, text, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [("Mob violence", place, day)]
    assert events[0].actor1 is not None and events[0].actor1.kind == "rioters"
