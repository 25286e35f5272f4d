"""Violent happenings told around their verb, read as ACLED codes them:
- hearsay through a passive governor ("X were reported to have attacked Y", "are believed to have seized Z"): its
  subject is the subject of the perfect complement, or undergoes it when that is passive ("were said to have been
  killed"; data/en/frames/coordination.yaml);
- a shell or a rocket that slams, crashes or smashes into a place, lands or bursts there struck it: a shelling, though
  no doer and no toll is told (class `impact` of data/en/predicates.yaml, and `ram` in data/frame_table.yaml); an
  aircraft that lands or crashes, or anything else that bursts, strikes nothing;
- weapons named as the doer's backing ("fighters, backed by drones, stormed X") back it: the deed is the doer's own,
  a ground assault, not a strike of the weapons (data/en/frames/adjuncts.yaml);
- a happening named in passing ("after weeks of shelling") is recalled with the clause it hangs on: no event when that
  clause recalls a taking of months before ("had seized X in February after weeks of shelling";
  frontwatch.extract.events `_background`), an event when the clause tells news."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2024, 5, 15)
CLASH, AIR, SHELLING = "Armed clash", "Air/drone strike", "Shelling/artillery/missile attack"
TAKEN, BURNED = "Non-state actor overtakes territory", "Looting/property destruction"

HEARSAY = [  # (text, the first event's sub-event type, its actor 1 where the words name one)
    ("Gunmen were reported to have attacked a police post in Tillia on Thursday.", CLASH, None),
    ("Army helicopters were said to have bombed a village near Kutum on Friday.", AIR, None),
    ("Two soldiers were reported to have been killed in an ambush near Tillia on Thursday.", CLASH, None),
    ("Government troops were said to have shelled the outskirts of Kadugli on Saturday.", SHELLING,
     "Military Forces of Sudan"),
    ("Insurgents were reported to have seized the town of Macomia on Tuesday.", TAKEN, None),
    ("Militiamen are believed to have burned the village of Tawila on Monday.", BURNED,
     "Unidentified Armed Group (Sudan)"),
]

SHELLS_THAT_STRIKE = [
    "Two rockets crashed into a warehouse in Kramatorsk on Monday night, the regional governor said.",
    "A missile slammed into the roof of a shopping centre in Kremenchuk on Saturday afternoon.",
    "Artillery shells smashed into the walls of the old citadel in Aleppo on Thursday.",
    "Shells were bursting near the hospital in Marib on Tuesday as families sheltered in basements.",
    "Mortar shells burst near the main gate of the airport in Mogadishu on Wednesday.",
    "Several rockets burst over the northern districts of Kabul on Friday morning.",
    "Two rockets landed near the parliament building in Tripoli on Sunday, witnesses said.",
]

NOTHING_STRUCK = [  # an aircraft that lands or crashes, a crowd or a pipe that bursts
    "A cargo plane landed at the airport in Juba on Monday carrying food aid.",
    "An army helicopter crashed into a hillside near Bamyan on Tuesday, killing its crew.",
    "Residents burst into the streets of Bamako on Friday to celebrate.",
    "A water main burst near the market in Lagos on Thursday, flooding shops.",
]

BACKED_BY_WEAPONS = [
    "Rebel fighters, backed by drones, stormed an army post near Kidal on Sunday.",
    "Militiamen, supported by mortars, attacked a police station in Bunia on Monday.",
    "Tribal gunmen, aided by armed drones, ambushed a government convoy near Marib on Friday.",
    "Jihadist fighters, assisted by rocket launchers, assaulted the barracks in Djibo on Tuesday.",
    "Separatist fighters, supported by tanks, stormed a police checkpoint near Luhansk on Monday.",
    "The rebels, backed by the militia, stormed an army post near Kidal on Sunday.",  # an ally, as before
]

NAMED_IN_A_RECALLED_CLAUSE = [  # (text, the sub-event type the happening named in passing would have)
    ("Troops entered Kalehe on Sunday. Rebels had seized the town in February after weeks of heavy shelling.",
     SHELLING),
    ("Soldiers raised the flag over Tessit on Friday. Jihadists had taken the garrison in February after a week of "
     "heavy fighting.", CLASH),
    ("Ukrainian troops entered Kupiansk on Saturday. Russian forces had captured the city in February after weeks of "
     "artillery fire.", SHELLING),
    ("Army units moved into Bentiu on Tuesday. Rebel fighters had overrun the town in January after two weeks of "
     "fighting.", CLASH),
    ("Troops reached Gao on Wednesday. Islamist fighters had driven the army out of the town in February after days "
     "of shelling.", SHELLING),
]


@pytest.mark.parametrize(("text", "sub_event_type", "actor1"), HEARSAY, ids=[t[:40] for t, _, _ in HEARSAY])
def test_the_subject_of_a_passive_hearsay_verb_is_its_complements_subject(extractor, text, sub_event_type, actor1):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.sub_event_type for e in events][:1] == [sub_event_type]
    if actor1 is not None:
        assert events[0].actor1 is not None and events[0].actor1.name == actor1


@pytest.mark.parametrize("text", SHELLS_THAT_STRIKE, ids=[t[:40] for t in SHELLS_THAT_STRIKE])
def test_a_shell_that_lands_bursts_or_slams_into_a_place_is_a_shelling(extractor, text):
    assert sub_event_types(extractor, text, PUBLISHED) == [SHELLING]


@pytest.mark.parametrize("text", NOTHING_STRUCK, ids=[t[:40] for t in NOTHING_STRUCK])
def test_an_aircraft_landing_or_a_crowd_bursting_out_strikes_nothing(extractor, text):
    assert sub_event_types(extractor, text, PUBLISHED) == []


@pytest.mark.parametrize("text", BACKED_BY_WEAPONS, ids=[t[:40] for t in BACKED_BY_WEAPONS])
def test_weapons_backing_the_doer_leave_its_assault_a_battle(extractor, text):
    assert sub_event_types(extractor, text, PUBLISHED) == [CLASH]


@pytest.mark.parametrize(("text", "named"), NAMED_IN_A_RECALLED_CLAUSE,
                         ids=[t[:40] for t, _ in NAMED_IN_A_RECALLED_CLAUSE])
def test_a_happening_named_in_a_recalled_clause_is_recalled_with_it(extractor, text, named):
    assert named not in sub_event_types(extractor, text, PUBLISHED)


def test_a_happening_named_in_a_clause_of_news_is_told(extractor):
    text = "Troops entered Kalehe on Sunday after days of heavy shelling."
    assert SHELLING in sub_event_types(extractor, text, PUBLISHED)
