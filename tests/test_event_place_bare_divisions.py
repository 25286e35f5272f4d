"""Where a happening took place when the text names a place with a word that is both a military unit's and a country's
administrative area ("division"): bare, an area whose town is the place ("in X division", "X division of Y
district"); with an article, a possessive or a number, a unit whose namesake town is no place of its deeds ("the X
division", "Russia's Y division", "the 3rd Z division"). Every sentence is written for this file."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)  # a Monday


def _places(extractor, text: str) -> list[tuple[str, str | None] | None]:
    return [(e.place.name, e.place.country) if e.place else None for e in extract(extractor, text, PUBLISHED).events]


AREAS = [
    ("Police arrested ten youths in Mwingi division on Monday.", ("Mwingi", "Kenya")),
    ("Police fired tear gas at traders rioting in Garsen division, Tana River, on Sunday.", ("Garsen", "Kenya")),
    ("Gunmen killed a village elder in Wamba division of Samburu district on Tuesday.", ("Wamba", "Kenya")),
    ("Two people were killed when rival clans fought in Ijara division of Garissa district.", ("Ijara", "Kenya")),
    ("Raiders attacked Kinna division of Isiolo district, killing four.", ("Kinna", "Kenya")),
]


@pytest.mark.parametrize(("text", "place"), AREAS, ids=[t for t, _ in AREAS])
def test_a_bare_division_word_names_the_area_of_its_town(extractor, text, place):
    assert _places(extractor, text) == [place]


UNITS = [
    # (report, the unit's namesake town, which is not where it happened)
    ("Troops of the Nineveh division shelled Qayyarah on Wednesday, killing three militants.", "Nineveh"),
    ("The 3rd Kirkuk division shelled the town of Hawija on Monday.", "Kirkuk"),
]


@pytest.mark.parametrize(("text", "unit"), UNITS, ids=[t for t, _ in UNITS])
def test_a_determined_division_is_a_unit_not_a_place(extractor, text, unit):
    places = _places(extractor, text)
    assert len(places) == 1 and places[0] is not None
    assert places[0][1] == "Iraq" and unit not in places[0][0]
