"""A retelling told before the report dates its happening (issue 18, branch excess58): a sentence that gives neither a
day nor a doer of its own words ("witnesses described mortar fire", "shells crashed into X") at the place of a
violent happening the report dates in its words is that happening heard or seen, not one of its own on the report's
day (merge.py `_fold_lent`)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 10)  # a Friday

RETOLD = [
    # (report, the one event: sub-event type, place, day)
    ("Witnesses in Beledweyne described mortar rounds and gunfire through the night. Al-Shabaab fighters attacked an "
     "army base in Beledweyne on Sunday, the regional governor said.", "Armed clash", "Beledweyne", date(2024, 5, 5)),
    ("Shells crashed into the outskirts of Marib, a tribal leader said. Houthi fighters attacked government positions "
     "near Marib on Monday, killing five soldiers.", "Armed clash", "Ma'rib", date(2024, 5, 6)),
    ("Mortar bombs landed near the airport in Mogadishu, witnesses said. Al-Shabaab fighters attacked an army "
     "checkpoint near the airport in Mogadishu on Thursday, a police officer said.", "Armed clash",
     "Aden Adde International Airport", date(2024, 5, 9)),
    ("An explosion ripped through a checkpoint in Ghazni, residents said. Taliban fighters attacked the checkpoint in "
     "Ghazni on Wednesday, killing four policemen.", "Armed clash", "Ghazni checkpoint", date(2024, 5, 8)),
    ("Grenades were hurled at a crowd in Bujumbura, witnesses said. Police opened fire on demonstrators in Bujumbura "
     "on Monday, killing two of them.", "Excessive force against protesters", "Bujumbura", date(2024, 5, 6)),
]


@pytest.mark.parametrize(("text", "sub_event_type", "place", "day"), RETOLD)
def test_an_undated_doerless_telling_at_a_dated_happenings_place_retells_it(extractor, text, sub_event_type, place,
                                                                             day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [(sub_event_type, place, day)]
