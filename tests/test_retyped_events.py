"""An event found at the right place and day but given the wrong sub-type (issue 18), as specification: what in the
text decides the type. Doers who fire on each other fight a battle between their two sides, no attack on people; ground
taken with nobody resisting changes hands without a fight (ACLED's non-violent transfer), no battle's taking; and a body
of its own that a country's possessive owns ("Kenya's Operations Command") is that state's, so its retaking is the
government's; the bombing of a building that kills people is a bombing, no property destroyed. Words that tell nobody
resisted count in the taking's own clause only, not in one it embeds or joins."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day, sub_event_types

PUBLISHED = date(2024, 3, 6)  # a Wednesday
MONDAY = date(2024, 3, 4)
CLASH, UNFOUGHT, REGAINS = "Armed clash", "Non-violent transfer of territory", "Government regains territory"
OVERTAKES, BOMBING = "Non-state actor overtakes territory", "Remote explosive/landmine/IED"

ON_EACH_OTHER = [
    pytest.param("Bodyguards of the two generals opened fire on each other in Khartoum on Monday.", id="opened-fire"),
    pytest.param("Guards of the two commanders shot at each other outside a mosque in Sanaa on Monday.", id="shot-at"),
    pytest.param("Escorts of the two ministers opened fire on each other at a checkpoint in Tripoli on Monday.",
                 id="escorts"),
    pytest.param("Fighters of the two militia leaders attacked one another near Zawiya on Monday.", id="one-another"),
    pytest.param("Bodyguards of the governor and the mayor opened fire on one another in Kandahar on Monday.",
                 id="two-owners"),
    pytest.param("Retainers of the two warlords shot at one another in Jowhar on Monday.", id="retainers"),
    pytest.param("Guards of the rival commanders fired at each other near the airport in Mogadishu on Monday.",
                 id="fired-at"),
]

RESISTANCE_TOLD_APART = [
    pytest.param("Before reaching Gao on Thursday, JNIM fighters had overrun Bourem that morning; the ministry said "
                 "the local commander was arrested as he fled, accused of abandoning the town without a fight.",
                 "Bourem", id="accusation"),
    pytest.param("Rebels captured Kalemie on Monday, and officials said the army had left Uvira without a fight.",
                 "Kalemie", id="joined-clause"),
]

ONE_TYPED_EVENT = [
    # ground taken with nobody resisting: a non-violent transfer
    pytest.param("Government troops took control of Afgoye on Monday without a fight after the militants slipped away.",
                 "Afgooye", UNFOUGHT, id="took-control"),
    pytest.param("The army recaptured Baidoa on Monday without firing a shot.", "Baidoa", UNFOUGHT, id="recaptured"),
    pytest.param("Taliban fighters captured Ghazni without resistance on Monday.", "Ghazni", UNFOUGHT, id="captured"),
    pytest.param("Soldiers entered Mopti unopposed on Monday after the jihadists pulled out.", "Mopti", UNFOUGHT,
                 id="entered"),
    pytest.param("M23 fighters took over Rutshuru on Monday, meeting no resistance.", "Rutshuru", UNFOUGHT,
                 id="took-over"),
    # the bombing of a building that kills: a blast, no property destroyed
    pytest.param("The bombing of a clinic in Saada on Monday killed seven patients, a medical charity said.", "Sa'dah",
                 BOMBING, id="clinic"),
    pytest.param("The bombing of a market in Aleppo on Monday killed eleven shoppers.", "Aleppo", BOMBING, id="market"),
    pytest.param("The bombing of a school in Gaza on Monday killed four children, officials said.", "Gaza Strip",
                 BOMBING, id="school"),
    pytest.param("The bombing of a bus station in Quetta on Monday killed nine travellers.", "Quetta", BOMBING,
                 id="bus-station"),
    pytest.param("The bombing of a hospital in Sirte on Monday killed three doctors.", "Sirte", BOMBING, id="hospital"),
    pytest.param("The bombing of a wedding hall in Kabul on Monday killed twelve guests.", "Kabul", BOMBING,
                 id="wedding-hall"),
    pytest.param("The bombing of a police station in Peshawar on Monday killed eight officers.", "Peshawar", BOMBING,
                 id="police-station"),
]

STATE_ORGANS = [
    pytest.param("Ukraine's Operational Command South said its troops had retaken Snihurivka on Monday.", "Snihurivka",
                 "Military Forces of Ukraine", id="command-south"),
    pytest.param("Ethiopia's Eastern Command said its troops had recaptured Kombolcha on Monday.", "Kombolcha",
                 "Military Forces of Ethiopia", id="eastern-command"),
    pytest.param("Colombia's Omega Joint Task Force said its troops had recaptured Tumaco on Monday.", "Tumaco",
                 "Military Forces of Colombia", id="task-force"),
    pytest.param("Kenya's Operations Command said its troops had retaken Lamu on Monday.", "Lamu",
                 "Military Forces of Kenya", id="operations-command"),
    pytest.param("Nigeria's Theatre Command said its troops had recaptured Marte on Monday.", "Marte",
                 "Military Forces of Nigeria", id="theatre-command"),
]


@pytest.mark.parametrize("text", ON_EACH_OTHER)
def test_doers_who_fire_on_each_other_fight_a_battle(extractor, text):
    assert sub_event_types(extractor, text, PUBLISHED) == [CLASH]


def test_a_crowd_and_police_at_each_other_riot(extractor):
    text = "Protesters and police pelted each other with stones in Nairobi on Monday."
    assert sub_event_types(extractor, text, PUBLISHED) == ["Violent demonstration"]


@pytest.mark.parametrize(("text", "place", "sub_type"), ONE_TYPED_EVENT)
def test_ground_taken_unresisted_is_unfought_and_a_deadly_bombing_a_blast(extractor, text, place, sub_type):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [(sub_type, place, MONDAY)]


def test_ground_taken_in_a_fight_is_still_a_battle(extractor):
    text = "The army recaptured Baidoa on Monday after heavy fighting."
    assert sub_event_types(extractor, text, PUBLISHED) == [REGAINS]


@pytest.mark.parametrize(("text", "place", "actor1"), STATE_ORGANS)
def test_a_countrys_own_body_retaking_ground_is_its_government(extractor, text, place, actor1):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e), e.actor1 and e.actor1.name) for e in events] == [
        (REGAINS, place, MONDAY, actor1)]


@pytest.mark.parametrize(("text", "place"), RESISTANCE_TOLD_APART)
def test_no_resistance_told_in_another_clause_leaves_a_battles_taking(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.place and e.place.name) for e in events if e.sub_event_type != "Arrests"] == [
        (OVERTAKES, place)]


def test_a_building_blown_up_with_nobody_killed_is_property_destroyed(extractor):
    text = "The shrine was blown up in Timbuktu on Monday."
    assert sub_event_types(extractor, text, PUBLISHED) == ["Looting/property destruction"]
