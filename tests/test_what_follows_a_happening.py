"""What a report tells after a happening tells no new one, as specification: a reaction to it on a later day
("the governor denounced the bombing on Monday": the day is the denouncing's), its funeral, the people it displaced,
and a deed done to nobody ("police arrested nobody over the raid", "none of the suspects were detained"); forces who
step in afterwards ("police intervened") are part of the happening."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday
RAID = "Gunmen stormed a police post in Tillaberi on Sunday, killing six officers. "
BOMB = "A car bomb exploded at a market in Baidoa on Sunday, killing nine people. "
AMBUSH = "Militants ambushed an army convoy near Kaya on Sunday, killing twelve soldiers. "


def _events(extractor, text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.date.start.isoformat()) for e in extract(extractor, text, PUBLISHED).events]


REACTIONS = [
    # (report, its one event's sub-event type): a reaction's day is not its object's
    (BOMB + "The governor of Bay region denounced the bombing on Monday.", "Remote explosive/landmine/IED"),
    (BOMB + "On Monday the mayor of Baidoa denounced the bombing, which he called barbaric.",
     "Remote explosive/landmine/IED"),
    (BOMB + "The UN envoy condemned the blast on Tuesday, calling it a senseless act.",
     "Remote explosive/landmine/IED"),
    (RAID + "Niger's president mourned the attack on Monday in a televised address.", "Armed clash"),
    (AMBUSH + "The defence minister condemned the ambush on Tuesday as cowardly.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), REACTIONS)
def test_a_reaction_on_a_later_day_names_the_happening_told_before(extractor, text, sub_event_type):
    assert _events(extractor, text) == [(sub_event_type, "2024-05-12")]


AFTERMATH = [
    # (report, its one event's sub-event type): a funeral, the displaced, the wounded treated
    (RAID + "On Monday hundreds attended the funeral of the six officers in Tillaberi.", "Armed clash"),
    (BOMB + "Relatives buried the victims of the bombing in Baidoa on Monday.", "Remote explosive/landmine/IED"),
    (AMBUSH + "About 2,000 residents fled Kaya after the ambush, the UN said on Tuesday.", "Armed clash"),
    (BOMB + "The blast displaced some 300 families in Baidoa, aid agencies said on Monday.",
     "Remote explosive/landmine/IED"),
    (BOMB + "The Red Cross said on Tuesday it had treated 40 people wounded in the bombing in Baidoa.",
     "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), AFTERMATH)
def test_the_aftermath_of_a_happening_is_no_happening_of_its_own(extractor, text, sub_event_type):
    assert _events(extractor, text) == [(sub_event_type, "2024-05-12")]


NOBODY = [
    # (report, its one event's sub-event type): a deed done to nobody did not happen
    (RAID + "Police said on Monday they had arrested nobody in connection with the raid.", "Armed clash"),
    (BOMB + "Security forces detained none of the suspects, witnesses said.", "Remote explosive/landmine/IED"),
    (RAID + "Nobody was detained after the attack, police said on Monday.", "Armed clash"),
    (AMBUSH + "The army said on Tuesday that soldiers had captured no one after the ambush.", "Armed clash"),
    (BOMB + "By Tuesday the police had arrested no-one over the blast.", "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), NOBODY)
def test_a_deed_done_to_nobody_tells_no_happening(extractor, text, sub_event_type):
    assert _events(extractor, text) == [(sub_event_type, "2024-05-12")]


def test_a_deed_done_to_somebody_still_tells_one(extractor):
    text = RAID + "On Monday police arrested two suspects in Niamey over the raid."
    assert sorted(t for t, _ in _events(extractor, text)) == ["Armed clash", "Arrests"]


REMEMBERED_OR_JUDGED = [
    # a happening a court judges or a town remembers is recalled, not told
    "A court in Abuja on Monday sentenced three men to death for the 2019 bombing of a church in Kaduna.",
    "A military tribunal in Kinshasa jailed a militia leader for life for massacres in Ituri.",
    "Residents of Beni marked on Monday the first anniversary of the massacre in which militants killed 40 people.",
    "The town commemorated on Saturday the tenth anniversary of the bombing of its main market.",
    "A judge in Mopti on Tuesday convicted two soldiers of the killing of a herder in 2021.",
]


@pytest.mark.parametrize("text", REMEMBERED_OR_JUDGED)
def test_a_happening_remembered_or_judged_is_no_new_one(extractor, text):
    assert _events(extractor, text) == []


TALLIES = [
    # happenings told in the plural over months up to now are a tally, whoever did them
    "Attacks by jihadists have killed thousands of civilians across the Sahel over the past decade.",
    "Clashes between herders and farmers have killed more than 300 people in Plateau state since January.",
    "Raids by bandits have left hundreds dead in Katsina since 2021.",
    "Air strikes by the junta have killed more than 1,000 civilians in Sagaing over the past two years.",
    "Kidnappings by armed gangs have surged in Port-au-Prince since February.",
]


@pytest.mark.parametrize("text", TALLIES)
def test_happenings_told_in_the_plural_over_months_are_a_tally(extractor, text):
    assert _events(extractor, text) == []


def test_one_happening_told_over_days_stays_one(extractor):
    text = "Since Friday, militants have besieged the army base in Djibo, killing four soldiers."
    assert [t for t, _ in _events(extractor, text)] == ["Armed clash"]



STEPPED_IN = [
    # (report, its one event's sub-event type): forces who step into a mob's or an attack's happening told before, at
    # its place and days, are part of it ("police intervened": ACLED's notes code the brawl once), whatever its sides
    ("Residents lynched a suspected robber in Kabale on Friday. Police intervened and took the body away.",
     "Mob violence"),
    ("Supporters of two rival candidates clashed with machetes in Bo on Sunday. Soldiers intervened and fired live "
     "rounds at the fighters.", "Mob violence"),
    ("On Sunday, fishermen and herders fought with spears and clubs in Mopti, leaving three injured. Gendarmes "
     "intervened to separate the two groups.", "Mob violence"),
    ("Angry residents set fire to a police post in Kindia on Wednesday after a man was killed by a stray bullet. "
     "Gendarmes intervened, firing live rounds and killing one youth.", "Mob violence"),
    ("Villagers attacked two men accused of stealing goats in Kitui on Sunday. Police intervened.", "Mob violence"),
    ("A mob assaulted two tax collectors at the market in Kayes on Monday. Gendarmes intervened and escorted the men "
     "to safety.", "Mob violence"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), STEPPED_IN)
def test_forces_stepping_into_a_happening_told_before_are_part_of_it(extractor, text, sub_event_type):
    assert [t for t, _ in _events(extractor, text)] == [sub_event_type]


STEPPED_IN_ELSEWHERE = [
    # (report, sub-event types of its two events): a dispersal at another town is a happening of its own
    ("Teachers staged a sit-in outside the education ministry in Lilongwe on Monday. On Thursday, police dispersed a "
     "separate march by nurses in Blantyre with tear gas.", ["Peaceful protest", "Protest with intervention"]),
    ("A mob beat a suspected thief in Gulu on Saturday. Police intervened at a brawl in Lira the same day.",
     ["Mob violence", "Protest with intervention"]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), STEPPED_IN_ELSEWHERE)
def test_forces_stepping_in_at_another_town_tell_a_happening_of_their_own(extractor, text, sub_event_types):
    assert [t for t, _ in _events(extractor, text)] == sub_event_types


HARM_TOLD_AFTER_THE_BURNING = [
    # (report, sub-event types of its events): a burning or looting told first, then harm nobody is told doing to
    # people there that day (its doers lent by the report), is one attack, named by the whole the burning was part of
    # (acled_taxonomy.yaml `part_of`, told the other way round)
    ("Militiamen torched a school in Djugu on Sunday. The victims were hacked with machetes as they ran out, a "
     "survivor said.", ["Attack"]),
    ("Militants burned a health centre in Tessit on Wednesday. Two nurses were beaten before the building was set "
     "alight, a local official said.", ["Attack"]),
    ("Gunmen set fire to a market in Kajuru on Tuesday. Two traders were shot as they tried to escape, a resident "
     "said.", ["Attack"]),
    ("Fighters burned houses in Mora on Thursday. Several elderly residents were hacked to death inside their homes, "
     "the mayor said.", ["Attack"]),
    ("Raiders torched granaries in Bokkos on Sunday. A herder was shot in the leg while trying to save his cattle.",
     ["Attack"]),
    # other doers told, or another place, tell another happening
    ("Soldiers torched huts in Tessit on Monday. Gunmen killed two traders in Tessit the same day.",
     ["Looting/property destruction", "Attack"]),
    ("Rebels burned a bridge near Beni on Monday. Rebels killed four soldiers in an ambush near Oicha on Monday.",
     ["Looting/property destruction", "Armed clash"]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), HARM_TOLD_AFTER_THE_BURNING)
def test_harm_nobody_is_told_doing_after_a_burning_is_one_attack(extractor, text, sub_event_types):
    assert [t for t, _ in _events(extractor, text)] == sub_event_types
