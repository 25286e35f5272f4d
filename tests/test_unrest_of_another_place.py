"""A crowd's violence told of one place does not make a crowd broken up in another a riot (extract/arguments.py
`_report_kinds`): the report's words count for a frame unless their sentence names only places far from every place the
frame's own sentence names; a sentence naming none is about the places named last before it. Violence told of the same
town, or after it in a sentence naming no place, still counts."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)
INTERVENTION, RIOT = "Protest with intervention", "Violent demonstration"

ELSEWHERE = [
    # violence in one city, an intervention in another: the second is no riot
    ("Protesters threw stones at the governor's office in Shiraz on Monday and set a bank on fire.\n\n"
     "In Mashhad, officers in riot gear clubbed students and fired tear gas at them on Monday.", [RIOT, INTERVENTION]),
    ("Demonstrators in Mombasa torched tyres and smashed shop windows on Tuesday.\n\n"
     "In Kisumu, officers dispersed a teachers' march with tear gas the same day.", [RIOT, INTERVENTION]),
    ("Rioters burned two buses and looted shops in Lahore on Friday.\n\n"
     "In Multan, police fired tear gas at a march by students on Friday.", [RIOT, INTERVENTION]),
    ("Youths pelted police with rocks in Dakar on Thursday.\n\n"
     "In Ziguinchor, security forces fired tear gas to disperse a crowd of traders on Thursday.", [RIOT, INTERVENTION]),
    ("Crowds stoned a police station and burned cars in Medellin on Wednesday.\n\n"
     "In Cali, riot police broke up a student march with water cannon on Wednesday.", [RIOT, INTERVENTION]),
    # the same city, or a sentence naming no place: still one crowd's violence
    ("Police fired tear gas to disperse protesters in Kisumu on Monday. Some of them threw stones and burned tyres.",
     [RIOT]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), ELSEWHERE)
def test_unrest_told_elsewhere_makes_no_riot_here(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == sub_event_types


CARRIED_ON = [
    # a sentence naming no place is about the town told before it: its stones are Shiraz's, not Mashhad's
    "Thousands of students marched through Shiraz on Monday. Some of them threw stones at a bank and set it on "
    "fire.\n\n"
    "In Mashhad, officers in riot gear clubbed students and fired tear gas at them on Monday.",
    "Traders gathered in Mombasa on Tuesday to protest a new tax. Later some of them smashed shop windows.\n\n"
    "In Kisumu, officers dispersed a teachers' march with tear gas the same day.",
]


@pytest.mark.parametrize("text", CARRIED_ON)
def test_a_placeless_sentence_is_about_the_town_before_it(extractor, text):
    assert extract(extractor, text, PUBLISHED).events[-1].sub_event_type == INTERVENTION
