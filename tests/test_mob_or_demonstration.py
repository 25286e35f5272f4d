"""Mob violence or a violent demonstration: whether a protest is the frame (issue 18; ACLED's codebook: a violent
demonstration is a demonstration turned violent, mob violence rioters' violence on others, their property or each
other). A crowd that burns homes, shops or places of worship, or clashes with anybody but the state's forces, where no
protest is told near it, is a mob; where one is told, or it burns the state's buildings, vehicles or tyres, or fights
the police, it demonstrates violently (data/frame_table.yaml `burn` and `clash`, `homes` in data/en/arguments.yaml)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import sub_event_types

PUBLISHED = date(2024, 5, 15)
MOB, RIOT = "Mob violence", "Violent demonstration"

_types = partial(sub_event_types, published=PUBLISHED)


BURNED_NO_PROTEST = [
    "A mob set fire to a mosque in Gombe on Tuesday.",
    "Crowds torched dozens of Christian homes in Sargodha on Sunday.",
    "Youths set ablaze several shops owned by migrants in Durban on Monday.",
    "A mob of villagers burned a chapel near Kasese on Saturday.",
    "An angry crowd burned down the huts of a herding family near Garoua on Thursday.",
    "Rioters torched market stalls belonging to traders from the north in Jos on Friday.",
]


@pytest.mark.parametrize("text", BURNED_NO_PROTEST)
def test_a_crowd_that_burns_homes_with_no_protest_told_is_a_mob(extractor, text):
    assert _types(extractor, text) == [MOB]


CLASHED_NO_PROTEST = [
    "Hindu and Muslim mobs clashed in Aligarh on Tuesday.",
    "Rival crowds from two neighbouring villages fought with machetes near Bawku on Sunday.",
    "A mob clashed with cattle herders at a watering point outside Kadugli on Monday.",
    "Rioters from two clans clashed at the livestock market in Galkayo on Wednesday.",
    "Crowds of Buddhist and Muslim residents clashed in the streets of Sittwe on Friday.",
]


@pytest.mark.parametrize("text", CLASHED_NO_PROTEST)
def test_crowds_that_clash_among_themselves_with_no_protest_told_are_mobs(extractor, text):
    assert _types(extractor, text) == [MOB]


DEMONSTRATIONS = [
    # a protest told, the state's buildings, vehicles or tyres burned, or the police fought: a violent demonstration
    "Protesters set fire to the governor's office in Kano on Tuesday.",
    "During a march against fuel prices, a crowd set fire to a bank in Lagos on Friday.",
    "Students protesting against fee rises burned two shops in Johannesburg on Wednesday.",
    "Rioters set fire to a police station in Kano on Friday.",
    "Crowds burned tyres on the main road into Kisumu on Monday.",
    "A crowd clashed with riot police outside the stadium in Conakry on Sunday.",
    "Demonstrators against the new tax clashed with a crowd of ruling party youths in Lusaka on Saturday.",
]


@pytest.mark.parametrize("text", DEMONSTRATIONS)
def test_a_crowd_in_a_protest_or_against_the_state_demonstrates_violently(extractor, text):
    assert _types(extractor, text) == [RIOT]
