"""A protest's intervention told in a clause of what followed ("... before police fired tear gas", "until police
dispersed them"), as specification: the clause tells a happening as its main clause does, not a recalled one, so the
protest is one with intervention, by the protesters, at its place and day."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 14)  # a Tuesday
SUNDAY, MONDAY = date(2024, 5, 12), date(2024, 5, 13)

PROTESTS = [
    ("On Monday, nurses marched to the health ministry in Harare before police fired tear gas at them.", "Harare",
     MONDAY),
    ("On Sunday, hundreds of farmers rallied in Ludhiana against a new law before police charged them with batons.",
     "Ludhiana", SUNDAY),
    ("On Monday, students gathered outside the university in Kampala, chanting slogans, until police dispersed them "
     "with tear gas.", "Kampala", MONDAY),
    ("On Sunday, taxi drivers blocked a main road in Accra before officers fired tear gas to clear them.", "Accra",
     SUNDAY),
    ("On Monday, teachers protested over unpaid wages in Blantyre before police broke up the rally.", "Blantyre",
     MONDAY),
]


@pytest.mark.parametrize(("text", "place", "day"), PROTESTS)
def test_an_intervention_told_after_before_is_read(extractor, text, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [("Protest with intervention", place, day)]
    assert events[0].actor1 is not None and events[0].actor1.kind == "protesters"
