"""A clause of the same time as the one it hangs on ("a soldier was killed when a bomb hit a convoy in X on
Wednesday") dates that clause: its harm is the happening of its own day, not the day of a clause coordinated before it
("Gunmen shot a teacher in Y on Monday, and ...")."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 15)  # a Wednesday
THURSDAY, FRIDAY, SATURDAY, SUNDAY, MONDAY, TUESDAY = (date(2024, 5, d) for d in (9, 10, 11, 12, 13, 14))

WHEN = [
    ("Gunmen shot dead a teacher in Bannu on Monday, and a soldier was killed when a roadside bomb struck a convoy in "
     "Tank on Wednesday.", [("Bannu", MONDAY), ("Tank", PUBLISHED)]),
    ("Rebels ambushed a patrol in Beni on Thursday, and a child was wounded when a shell hit a house in Butembo on "
     "Saturday.", [("Beni", THURSDAY), ("Butembo", SATURDAY)]),
    ("Police fired on protesters in Kisumu on Tuesday, and a man was hurt when officers charged a crowd in Nakuru on "
     "Thursday.", [("Kisumu", TUESDAY), ("Nakuru", THURSDAY)]),
    ("Militants attacked a checkpoint near Gao on Sunday, and two civilians died when a mine exploded under their bus "
     "outside Menaka on Tuesday.", [("Gao", SUNDAY), ("Ménaka", TUESDAY)]),
    ("Gunmen kidnapped a priest in Enugu on Friday, and three farmers were killed when bandits attacked a village "
     "near Gusau on Sunday.", [("Enugu", FRIDAY), ("Gusau", SUNDAY)]),
]


@pytest.mark.parametrize(("text", "told"), WHEN)
def test_a_when_clause_dates_the_harm_it_tells(extractor, text, told):
    events = extract(extractor, text, PUBLISHED).events
    assert [place_and_day(e) for e in events] == told
