"""A group of people is the people it groups, one group or several ("two groups of party supporters", "rival groups of
students"): their clash or assault is the mob violence their own kind makes, not a battle of an armed group the bare
noun "group" would name (data/en/arguments.yaml `measures`, data/en/reference.yaml `quantifiers`)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)
MOB = "Mob violence"

GROUPS_CLASH = [
    "Two groups of ruling party supporters clashed in Kegalle on 3 March 2016, wounding five.",
    "A clash broke out between two groups of opposition activists at a polling station in Bogra on 30 December 2018, "
    "leaving eight injured.",
    "On 12 July 2023, rival groups of students fought each other with sticks on the campus in Rajshahi; nine were "
    "hurt.",
    "Groups of supporters of the two mayoral candidates clashed in Chandpur on Sunday, injuring at least twelve "
    "people.",
    "On 4 February 2019, a group of party supporters attacked a rival candidate's campaign office in Matale, injuring "
    "two volunteers.",
]


@pytest.mark.parametrize("text", GROUPS_CLASH)
def test_groups_of_people_who_clash_make_mob_violence_by_rioters(extractor, text):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.sub_event_type for e in events] == [MOB]
    assert events[0].actor1 is not None and events[0].actor1.name.startswith("Rioters")
