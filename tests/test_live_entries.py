"""A live report's entry stamped with a time of day ("12:40 - ...") and no date of its own tells a happening of the
report's day: the day an earlier entry told ("on Sunday night") does not carry over the stamp."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED, SATURDAY, SUNDAY = date(2024, 5, 13), date(2024, 5, 11), date(2024, 5, 12)  # a Monday

ENTRIES = [  # each: a dated entry, then an undated one
    "\n\n".join(["Live: Sudan war updates",
                 "09:10 - RSF fighters shelled a market in El Obeid on Sunday night, killing four people, medics said.",
                 "11:45 - Army drones struck RSF positions near Nyala, a military source said."]),
    "\n\n".join(["Live: Gaza and Lebanon",
                 "08:30 - An Israeli strike hit a car near Tyre on Sunday, Lebanese media reported.",
                 "10:05 - Hezbollah fired rockets at Kiryat Shmona, the Israeli army said."]),
    "\n\n".join(["Somalia live updates",
                 "07:20 - Al-Shabaab fighters attacked an army base near Jowhar on Saturday evening, residents said.",
                 "13:55 - A roadside bomb killed two soldiers in Afgoye, police said."]),
    "\n\n".join(["Live coverage: Myanmar",
                 "06:40 - Junta aircraft bombed a village in Sagaing region on Sunday, killing six civilians.",
                 "12.15 - Resistance fighters ambushed an army convoy near Hpakant, a local group said."]),
    "\n\n".join(["Live: Haiti crisis",
                 "10:00 - Gang members attacked the police station in Mirebalais on Sunday, local radio said.",
                 "15:30 - Police clashed with gang members in Delmas, a police spokesman said."]),
]


@pytest.mark.parametrize("text", ENTRIES)
def test_a_stamped_entry_without_a_date_is_of_the_report_day(extractor, text):
    days = [e.date.start for e in extract(extractor, text, PUBLISHED).events if e.date]
    assert len(days) == 2 and days[0] in (SATURDAY, SUNDAY) and days[1] == PUBLISHED


HOLDS_STAMPED = [  # a hold told as new in an entry stamped with a time of day: a taking on the report's day
    ("Mali live: the north", "11:45 - Kidal, the largest town in the north, is now held by the rebels, residents say.",
     "Kidal"),
    ("Sudan live", "13:20 - El Geneina is now in the hands of the RSF, a local official told us.", "Al-Junaynah"),
    pytest.param("Somalia updates", "08:05 - Al-Shabaab says Mahas is now under its control after the army pulled out.",
                 "Mahas", marks=pytest.mark.xfail(strict=True, reason="an after-clause in a stamped entry: no taking")),
    ("Myanmar live", "16.40 - Paletwa is now in the hands of the Arakan Army, the group says.", "Paletwa"),
    ("Mozambique live", "10:30 - Macomia is now held by the insurgents, a police source says.", "Macomia"),
]


@pytest.mark.parametrize(("title", "entry", "place"), HOLDS_STAMPED)
def test_a_hold_told_as_new_in_a_stamped_entry_is_a_taking_that_day(extractor, title, entry, place):
    events = extract(extractor, f"{title}\n\n{entry}", PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e))
            for e in events] == [("Non-state actor overtakes territory", place, PUBLISHED)]
