"""Where a happening took place when the text puts it only in a province: at the province's seat, the way ACLED codes
it (geo-precision 3 at the provincial capital), not at the middle of the province's land, which is the province's own
point for a map and for geoparsing. Every sentence is written for this file."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

from frontwatch.model import GeoPrecision
from frontwatch.resolve.geo_math import haversine_km

PUBLISHED = date(2024, 5, 13)  # a Monday

IN_A_PROVINCE = [
    # (report, the seat's point): the province named alone, its seat far from the middle of its land
    ("Militants ambushed an army patrol in Anbar province on Sunday, killing four soldiers.", (33.42, 43.31)),
    ("Taliban fighters overran two police checkpoints in Helmand on Saturday.", (31.59, 64.37)),
    ("Insurgents beheaded three farmers in Cabo Delgado province last week.", (-12.97, 40.52)),
    ("Separatist gunmen shot dead five labourers in Balochistan on Friday.", (30.19, 67.01)),
    ("Dissident guerrillas clashed with troops across Antioquia department on Thursday.", (6.25, -75.56)),
    ("Armed youths raided cattle camps in Jonglei state on Wednesday, killing twelve herders.", (6.21, 31.56)),
    ("The army shelled villages in Kachin State overnight, killing two children.", (25.38, 97.40)),
]


@pytest.mark.parametrize(("text", "seat"), IN_A_PROVINCE, ids=["province after its name", "a province named alone",
    "a province of two words", "a province named alone after a toll", "a department after a preposition of extent",
    "a state after its name", "a state with its word capitalised"])
def test_a_happening_told_only_in_a_province_is_placed_at_its_seat(extractor, text, seat):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert event.place is not None and event.place.precision == GeoPrecision.REGION
    assert haversine_km(event.place.latitude, event.place.longitude, *seat) <= 25


IN_A_COUNTRY = [
    # (report, the capital's point): a protest the text puts only in a country, as ACLED codes a national protest
    ("Thousands of teachers marched in Kenya on Tuesday to demand higher pay.", (-1.29, 36.82)),
    ("Opposition supporters rallied across Senegal on Saturday against the postponed vote.", (14.69, -17.44)),
    ("Nurses staged a sit-in in Zimbabwe on Monday over unpaid allowances.", (-17.83, 31.05)),
    ("Police fired tear gas at students protesting in Guinea on Friday.", (9.54, -13.68)),
    ("Farmers demonstrated in Ghana last week against a new fuel levy.", (5.56, -0.20)),
    ("Hundreds of bakers protested in Tunisia on Wednesday over flour shortages.", (36.82, 10.17)),
]


@pytest.mark.parametrize(("text", "capital"), IN_A_COUNTRY, ids=["a march", "a rally across a country", "a sit-in",
    "a protest police broke up", "a demonstration", "a protest over shortages"])
def test_a_protest_told_only_in_a_country_is_placed_at_its_capital(extractor, text, capital):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert event.event_type == "Protests" and event.place is not None
    assert haversine_km(event.place.latitude, event.place.longitude, *capital) <= 25


def test_a_fight_told_only_in_a_country_keeps_the_country(extractor):
    """Only protests: ACLED codes a battle a report puts nowhere nearer than a country at no capital."""
    (event,) = extract(extractor, "Soldiers clashed with jihadist fighters in Chad on Sunday, killing six.",
                       PUBLISHED).events
    assert event.place is not None and event.place.feature == "country"
    assert haversine_km(event.place.latitude, event.place.longitude, 12.11, 15.04) > 100
