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
