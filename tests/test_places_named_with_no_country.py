"""Where a happening took place when the text names no country and its place is a small one: a village told as a
village ("the village of X") that the gazetteer holds in one country only and nothing in the text contradicts is that
village, however small; a name told as a place ("attacked a post in X") the gazetteer lacks, in a text none of whose
names it places, falls back to the text's one country (its armed group's home) at ACLED precision 3 under its own
name, never to nothing. Every sentence is written for this file; the names are too small for most maps."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

from frontwatch.model import GeoPrecision

PUBLISHED = date(2024, 10, 14)  # a Monday


def _event_places(extractor, text: str) -> list[tuple[str, str | None, GeoPrecision] | None]:
    return [(e.place.name, e.place.country, e.place.precision) if e.place else None
            for e in extract(extractor, text, PUBLISHED).events]


VILLAGES = [
    ("Gunmen abducted a teacher from the village of Tiofolboye last week.", ("Tiofolboye", "Burkina Faso")),
    ("Unknown attackers killed a herder in the village of Wolanchiti on Friday.", ("Wolanchiti", "Ethiopia")),
    ("Gunmen raided the village of Makanfesso at dawn and stole cattle.", ("Makanfesso", "Burkina Faso")),
    ("Two Dhulbahante sub-clans clashed over grazing land in the village of Galinsoor on Tuesday.",
     ("Galinsoor", "Somalia")),
    ("Masked men burned the granary in the village of Dagmongo on Sunday night.", ("Dagmongo", "Burkina Faso")),
]


@pytest.mark.parametrize(("text", "place"), VILLAGES, ids=[p[0] for _, p in VILLAGES])
def test_a_village_told_as_one_is_the_gazetteers_only_village_of_the_name(extractor, text, place):
    assert _event_places(extractor, text) == [(*place, GeoPrecision.TOWN)]


LACKED = [
    ("Taliban fighters attacked a checkpoint in Marja.", ("Marja", "Afghanistan")),
    ("Al-Shabaab fighters attacked a base in Qansaxdheere.", ("Qansaxdheere", "Somalia")),
    ("M23 rebels shelled Kibumba overnight, killing two children.", ("Kibumba", "Democratic Republic of the Congo")),
    ("Taliban fighters attacked a checkpoint in Shahjoy on Sunday.", ("Shahjoy", "Afghanistan")),
    ("ISWAP insurgents ambushed a supply convoy near Kareto, killing three soldiers.", ("Kareto", "Nigeria")),
]


@pytest.mark.parametrize(("text", "place"), LACKED, ids=[p[0] for _, p in LACKED])
def test_a_place_the_gazetteer_lacks_falls_back_to_the_groups_country(extractor, text, place):
    assert _event_places(extractor, text) == [(*place, GeoPrecision.REGION)]
