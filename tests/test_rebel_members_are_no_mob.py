"""Members or fighters of a rebel group who kill, wound or attack people the words do not type, as specification: the
group did it (actor 1, a rebel), a battle or an attack, never mob violence by rioters, at its place and day."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 14)  # a Tuesday
SUNDAY, MONDAY = date(2024, 5, 12), date(2024, 5, 13)

DEEDS = [
    ("On Monday, members of al-Shabaab killed three vigilantes near Afgoye.", "al-Shabaab", "Afgooye", MONDAY),
    ("On Sunday, members of ISWAP killed two hunters pursuing them near Monguno.",
     "Islamic State West Africa Province", "Monguno", SUNDAY),
    ("On Monday, fighters of the ADF wounded four watchmen at a farm outside Beni.", "ADF: Allied Democratic Forces",
     "Beni", MONDAY),
    ("On Sunday, members of the NPA attacked two forest rangers in Bukidnon.", "NPA: New People's Army", "Bukidnon",
     SUNDAY),
    ("Three vigilantes were killed by members of Boko Haram near Gwoza on Monday.", "Boko Haram", "Gwoza", MONDAY),
]


@pytest.mark.parametrize(("text", "group", "place", "day"), DEEDS)
def test_a_rebel_groups_members_are_no_mob(extractor, text, group, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type in {"Armed clash", "Attack"}, *place_and_day(e)) for e in events] == [(True, place, day)]
    assert events[0].actor1 is not None and (events[0].actor1.name, events[0].actor1.kind) == (group, "rebel")
