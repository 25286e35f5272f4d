"""The deed a victim is accused or suspected of is no happening (issue 18): "after accusing him of stealing X",
"suspected of witchcraft", "over an alleged theft", "for allegedly raping" tell why a crowd, villagers or residents
killed, beat, burned or hacked somebody, and that is the one event, mob violence by rioters (ACLED's codebook: a
mob's violence on a person it takes the law into its own hands against). The accusation's deed is background
(data/en/modality.yaml `accusations`, `reasons`, `alleging`: the mood `alleged`), and people who kill, beat or burn a
person their report tells accused are a mob (data/frame_table.yaml `lynching`, `accused` in data/en/arguments.yaml).
State forces who do so attack; an accusation told as a statement of its own still tells its deed."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2025, 9, 12)  # a Friday
SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY = (date(2025, 9, d) for d in (7, 8, 9, 10, 11))
MOB = "Mob violence"

LYNCHINGS = [
    # (text, actor 1, place, day, killed)
    ("A mob in Kano burned a man alive on Monday after accusing him of stealing a goat.", "Rioters (Nigeria)",
     "Kano", MONDAY, 1),
    ("Villagers in Kasese hacked an old man to death on Sunday, accusing him of witchcraft.", "Rioters (Uganda)",
     "Kasese", SUNDAY, 1),
    ("Angry residents of Mbale stoned a young man to death on Wednesday over an alleged theft of maize.",
     "Rioters (Uganda)", "Mbale", WEDNESDAY, 1),
    ("Youths in Goma beat two men to death on Tuesday after they were accused of kidnapping a child.",
     "Rioters (Democratic Republic of Congo)", "Goma", TUESDAY, 2),
    ("Residents of Makurdi lynched a herder on Thursday for allegedly raping a girl.", "Rioters (Nigeria)",
     "Makurdi", THURSDAY, 1),
    ("On Sunday a crowd in Eldoret clubbed to death a taxi driver suspected of robbing a shop.", "Rioters (Kenya)",
     "Eldoret", SUNDAY, 1),
]


@pytest.mark.parametrize(("text", "actor1", "place", "day", "killed"), LYNCHINGS)
def test_a_crowd_that_kills_a_person_it_accuses_is_one_mob_killing(extractor, text, actor1, place, day, killed):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None, *place_and_day(e), e.fatalities_low)
            for e in events] == [(MOB, actor1, place, day, killed)]


FORCES_WHO_ACCUSE = [
    # the accusers are state forces: no mob, and still no event for the deed they accuse the victim of
    ("Police in Nakuru shot dead a man on Monday after accusing him of robbing a petrol station.",
     "Police Forces of Kenya", "Nakuru", MONDAY),
    ("Soldiers in Bama beat a fisherman to death on Tuesday, accusing him of supplying Boko Haram.",
     "Military Forces of Nigeria", "Bama", TUESDAY),
]


@pytest.mark.parametrize(("text", "actor1", "place", "day"), FORCES_WHO_ACCUSE)
def test_forces_that_kill_a_person_they_accuse_attack_and_the_deed_is_no_event(extractor, text, actor1, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None, *place_and_day(e)) for e in events] == [
        ("Attack", actor1, place, day)]


def test_an_accusation_told_as_a_statement_of_its_own_tells_its_deed(extractor):
    events = extract(extractor, "Police in Kitale accused a local gang of stealing forty cattle on Monday.",
                     PUBLISHED).events
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]
