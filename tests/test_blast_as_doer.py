"""A blast or an explosion as the subject of its toll, as specification: "a blast killed three soldiers" names the
weapon through the happening, so it is a remote explosive's attack by unidentified men, whoever died; no battle because
the dead were armed, no plain attack because they were not. Not read yet (probe26): the kill's armed dead make a
battle and its unarmed dead an attack; reading "blast"/"explosion" as an explosive weapon (weapons.yaml) fixed these
rows but cost events on the own and heldout report sets (0.861 -> 0.850, 0.789 -> 0.769)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 3, 6)  # a Wednesday
FRIDAY, MONDAY, TUESDAY = (date(2024, 3, d) for d in (1, 4, 5))
IED = "Remote explosive/landmine/IED"

BLAST_KILLED = [
    ("A blast killed three soldiers near Tillaberi on Monday.", IED, "Tillabéri", MONDAY, 3),
    ("An explosion killed two soldiers near Gao on Monday.", IED, "Gao", MONDAY, 2),
    ("A powerful blast killed two gendarmes near Djibo on Friday.", IED, "Djibo", FRIDAY, 2),
    ("An explosion killed four policemen in Quetta on Tuesday.", IED, "Quetta", TUESDAY, 4),
    ("A blast killed three civilians near Menaka on Monday.", IED, "Ménaka", MONDAY, 3),
]


@pytest.mark.xfail(strict=True, reason="a happening's noun that names its weapon is no instrument yet (issue 18)")
@pytest.mark.parametrize(("text", "sub_type", "place", "day", "dead"), BLAST_KILLED)
def test_a_blast_that_kills_is_a_bombing(extractor, text, sub_type, place, day, dead):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e), e.fatalities_low) for e in events] == [(sub_type, place, day, dead)]
