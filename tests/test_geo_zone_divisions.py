"""A zone is a division ("X zone", as a country divides its regions into zones): a name written with the word is read
as a division, placed in the region named with it ("X zone of the Y region", "Z woreda, X zone (Y)") when the
gazetteer lacks it, never at a namesake town abroad. Every sentence is written for this file; the zones are real, the
gazetteer lacks most of them."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


def _at(mentions, surface):
    found = [m for m in mentions if m.surface == surface and m.place is not None]
    assert found, f"no resolved mention {surface!r} in {[(m.surface, m.place) for m in mentions]}"
    return found[0].place


ZONES = [
    # (report, the zone as written, the country it lies in, the region it is placed in or near)
    ("Clan clashes left six people dead in Dawa zone of the Somali region.", "Dawa zone", "Ethiopia"),
    ("Militiamen burned houses in Dangila woreda, Awi zone (Amhara), on Monday.", "Awi zone", "Ethiopia"),
    ("OLA fighters ambushed a police convoy in Guji zone, Oromia, killing four officers.", "Guji zone", "Ethiopia"),
    ("Afar and Issa herders fought over water in Sitti zone (Somali) on Saturday.", "Sitti zone", "Ethiopia"),
    ("Protesters blocked roads near Gode town in Shabelle zone, Somali region, on Friday.", "Shabelle zone",
     "Ethiopia"),
]


@pytest.mark.parametrize(("text", "surface", "country"), ZONES, ids=[t for t, _, _ in ZONES])
def test_a_zone_is_a_division_placed_in_its_region(geoparse, text, surface, country):
    place = _at(geoparse(text), surface)
    assert place.country == country and place.feature in ("region", "district")


COMPASS_ZONES = [
    # (report, the zone as written with a compass word; the gazetteer has no such zone, only namesake towns abroad)
    ("Residents of Negele town in West Guji zone marched against the killings on Monday.", "West Guji zone"),
    ("In West Guji zone, residents of Bule Hora town marched against the armed men in the forest.", "West Guji zone"),
    ("Gunmen torched a health post in North Guji zone near Negele on Thursday.", "North Guji zone"),
]


@pytest.mark.parametrize(("text", "surface"), COMPASS_ZONES, ids=[t for t, _ in COMPASS_ZONES])
def test_a_part_of_a_zone_is_never_a_namesake_town_abroad(geoparse, text, surface):
    found = [m.place for m in geoparse(text) if m.surface == surface]
    assert all(p is None or p.country == "Ethiopia" for p in found)
