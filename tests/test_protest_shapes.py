"""Protests told in two shapes of coder prose that yielded no event (issue 18, branch found28; the ACLED train notes,
600, seed 13):

- a group named with "other protesters" marches among them, whatever the actor registry types it (a party it holds as
  a political militia, an armed group's followers): "X and other demonstrators marched" is a protest, a riot where the
  report tells the crowd's own violence; armed men who march alone still hold none (test_happenings_told_anyway);
- a gathering's purpose is read through every verb coordinated in its purpose clause ("gathered to mourn X and show
  support for Y"), not only the first: a stance shown or a demand among them makes it a protest; a gathering to pray
  and break the fast is none;
- a walk, ride or hike told with a stance, a parade of vehicles, a gathering to raise awareness: a protest."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2024, 5, 15)
PEACEFUL, RIOT = "Peaceful protest", "Violent demonstration"


_types = partial(sub_event_types, published=PUBLISHED)


AMONG_PROTESTERS = [
    "On 4 March 2023, the BNP and other opposition protesters marched from Paltan to the Press Club in Dhaka.",
    "The JVP and other demonstrators marched through Kandy town on Sunday against the power tariff.",
    "On 9 May 2022, the TPLF and other protesters marched through Mekelle demanding the release of detainees.",
    "Hezbollah and other demonstrators marched to the UN compound in Naqoura on Friday.",
    "The NDF and other marchers rallied in Wau on 3 July 2021 against the new governor.",
]


@pytest.mark.parametrize("text", AMONG_PROTESTERS)
def test_a_group_named_among_protesters_marches_in_protest(extractor, text):
    assert _types(extractor, text) == [PEACEFUL]


def test_a_group_among_protesters_who_burn_tyres_riots(extractor):
    assert _types(extractor, "The PDP and other protesters marched through Jos and burned tyres on Monday.") == [RIOT]


COORDINATED_PURPOSE = [
    "On 5 May 2024, dozens of people gathered in Kisumu to mourn the victims and show their support for the doctors.",
    "Residents gathered outside the district office in Gulu on Monday to celebrate the verdict and voice their anger.",
    "On 11 April 2022, around 50 teachers gathered at the ministry in Nairobi to sing and call for their arrears.",
    "Students assembled at the university gate in Jos on Wednesday to read a statement and express their anger.",
    "Nurses gathered outside the hospital in Kumasi on Friday to sing hymns and denounce the unpaid wages.",
]


@pytest.mark.parametrize("text", COORDINATED_PURPOSE)
def test_a_stance_or_demand_among_a_gatherings_purposes_makes_it_a_protest(extractor, text):
    assert _types(extractor, text) == [PEACEFUL]


def test_a_gathering_to_pray_and_break_the_fast_is_none(extractor):
    assert _types(extractor, "Worshippers gathered at the mosque in Kano on Friday to pray and break the fast.") == []


# a walk, ride or hike shown as a stance ("in support of X", "in a show of support", "to raise awareness"), a parade or
# rally of vehicles, a gathering to raise awareness: a protest (ACLED's train notes so told: all protests); a parade, a
# caravan or a ride told with no stance is none
PROCESSIONS = [  # (text, the sub-event types read)
    pytest.param("On 4 June 2021, nurses walked from the hospital to city hall in Cebu in a show of support for their "
                 "colleagues.", [PEACEFUL], id="walked-in-a-show-of-support"),
    pytest.param("On 4 June 2021, dozens of cyclists rode through Lusaka in support of jailed opposition leaders.",
                 [PEACEFUL], id="rode-in-support"),
    pytest.param("On 4 June 2021, hundreds of people held a boat parade on the river in Memphis (Tennessee) in support "
                 "of a mayor.", [PEACEFUL], id="boat-parade"),
    pytest.param("On 4 June 2021, students hiked to the state capitol in Salem (Oregon) to raise awareness about "
                 "campus violence.", [PEACEFUL], id="hiked-to-raise-awareness"),
    pytest.param("On 4 June 2021, dozens of nurses gathered outside the clinic in Kitale to raise awareness about "
                 "malaria.", [PEACEFUL], id="gathered-to-raise-awareness"),
    pytest.param("A military parade was held in Pyongyang on Saturday to mark the anniversary.", [],
                 id="military-parade"),
    pytest.param("An aid caravan reached Goma on Tuesday with food for the displaced.", [], id="aid-caravan"),
    pytest.param("Soldiers rode through Bunia in armoured vehicles on Monday.", [], id="soldiers-rode"),
    pytest.param("On 4 June 2021, families walked along the beach in Durban to celebrate the holiday.", [],
                 id="walked-to-celebrate"),
]


@pytest.mark.parametrize(("text", "types"), PROCESSIONS)
def test_a_procession_is_a_protest_where_it_shows_a_stance(extractor, text, types):
    assert _types(extractor, text) == types
