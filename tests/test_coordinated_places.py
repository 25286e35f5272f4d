"""Coordinated places as specification: a clause whose object coordinates several places ("took A, B and C", "struck A
and B", "clashes broke out in A and B") tells one happening at each (ACLED codes one event per place and day), on the
clause's day; coordinated people are no places ("killed A and B in C": one event at C)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 13)  # a Monday
TUESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = (date(2024, 5, d) for d in (7, 9, 10, 11, 12))

PLACES = [
    ("Jihadists overran Mansila, Solhan and Tankoualou on Saturday, the army said.",
     [("Mansila", SATURDAY), ("Solhan", SATURDAY), ("Tankoualou", SATURDAY)]),
    ("On Friday, government aircraft bombed Sirte and Misrata.", [("Sirte", FRIDAY), ("Misratah", FRIDAY)]),
    ("Islamic State fighters seized Hit and Ramadi on Sunday.", [("Hīt", SUNDAY), ("Ramadi", SUNDAY)]),
    ("Russian missiles struck Kharkiv and Dnipro on Tuesday night, officials said.",
     [("Kharkiv", TUESDAY), ("Dnipro", TUESDAY)]),
    ("Houthi rebels shelled Marib and Taiz on Thursday.", [("Ma'rib", THURSDAY), ("Taiz", THURSDAY)]),
    ("Clashes broke out in Gao and Timbuktu on Friday.", [("Gao", FRIDAY), ("Timbuktu", FRIDAY)]),
    # people coordinated as the object are one happening at the place the clause names
    ("Gunmen killed Musa Ibrahim and Ali Hassan in Maiduguri on Monday.", [("Maiduguri", PUBLISHED)]),
]


@pytest.mark.parametrize(("text", "told"), PLACES)
def test_each_coordinated_place_is_an_event(extractor, text, told):
    events = extract(extractor, text, PUBLISHED).events
    assert [place_and_day(e) for e in events] == told
