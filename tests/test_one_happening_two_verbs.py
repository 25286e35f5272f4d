"""One happening told by two verbs is one event; its doers' coming or going is no event (issue 18, branch fold33).

A raid on a village coordinated with killing its people is one attack: the parser's apposition of a division word that
follows a place name ("the village of X in Y state": the state is Y's, not the village's) names no government as the
raid's object, and within one sentence a region is where the places that lie in it are (the raid at the village, the
killing placed at its region: one happening, at the village). Doers a reference names ("the attackers", "the gunmen",
"they") arriving or leaving after their happening are part of it, no change to group activity; a group's arrival told
on its own, another day elsewhere, and a raid on an army post beside a killing of villagers elsewhere stay apart."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import sub_event_types

PUBLISHED = date(2025, 6, 1)  # a Sunday
ATTACK, CLASH, CHANGE = "Attack", "Armed clash", "Change to group/activity"

_types = partial(sub_event_types, published=PUBLISHED)


ONE_RAID = [
    "Bandits stormed the village of Jibia in Katsina state on Friday and shot dead eleven people, residents said.",
    "Gunmen raided the village of Batsari in Katsina state on Monday and killed seven people.",
    "Armed men raided the village of Faskari in Katsina state early on Sunday and hacked to death nine residents.",
    "Suspected rebels raided the town of Kayes in Kayes region on Thursday and hacked to death eight civilians.",
    "Militiamen raided the town of Kayes in Kayes region on Wednesday and hacked to death six farmers.",
]


@pytest.mark.parametrize("text", ONE_RAID)
def test_a_raid_on_a_village_and_the_killing_of_its_people_is_one_attack(extractor, text):
    assert _types(extractor, text) == [ATTACK]


DOERS_MOVING = [
    "Gunmen shot dead six worshippers at a mosque in Mopti on Friday. The gunmen arrived in two pickup trucks, "
    "witnesses said.",
    "ADF rebels hacked to death nine villagers near Oicha on Sunday. The militants arrived from the forest and "
    "withdrew after two hours.",
    "Armed bandits killed nine villagers in Maru on Sunday. The gunmen arrived in large numbers and fled into the "
    "forest, police said.",
    "Jihadists killed six traders near Djibo on Monday. They arrived on motorbikes and left towards the border.",
    "Islamist militants killed three teachers near Garissa on Thursday. The militants arrived at the school at dawn "
    "and fled towards the border.",
]


@pytest.mark.parametrize("text", DOERS_MOVING)
def test_the_doers_coming_or_going_after_their_deed_is_part_of_it(extractor, text):
    assert _types(extractor, text) == [ATTACK]


APART = [
    # (report, sub-event types)
    ("Gunmen raided an army post in Zamfara state on Sunday and killed four soldiers, and bandits killed nine "
     "villagers in Maru on Tuesday.", [CLASH, ATTACK]),
    ("Al Shabaab fighters killed three teachers in Mandera on Tuesday. On Friday, the militants arrived in Bulo "
     "Burte.", [ATTACK, CHANGE]),
    ("Al Shabaab fighters killed three teachers in Jowhar on Tuesday. On Friday, the militants arrived in Jowhar.",
     [ATTACK, CHANGE]),
    ("ISWAP fighters arrived near Monguno on Saturday.", [CHANGE]),
]


@pytest.mark.parametrize(("text", "types"), APART)
def test_another_happening_or_an_arrival_of_its_own_stays_apart(extractor, text, types):
    assert _types(extractor, text) == types
