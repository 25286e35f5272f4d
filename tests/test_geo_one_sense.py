"""One sense per text for a place the text puts in a container: once a report reads "X, a town in Y region" (or "X in
Y district"), X named bare later in the report ("residents of X", "the X post") is that same place, not a better-known
namesake abroad; a name the text never puts in a container keeps its own reading."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


def _all_at(mentions, surface):
    found = [m.place for m in mentions if m.surface == surface and m.place is not None]
    assert found, f"no resolved mention {surface!r} in {[(m.surface, m.place) for m in mentions]}"
    return found


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Militants ambushed a patrol outside Riyadh in Hawija district on Friday. Residents of Riyadh said the fighting "
     "lasted an hour.", "Riyadh", "Iraq"),
    ("Police arrested two men in Paris in Lamar County on Monday. Schools in Paris closed early.",
     "Paris", "United States"),
    ("Protesters marched in Hyderabad in Sindh province on Sunday. Traders in Hyderabad shut their shops.",
     "Hyderabad", "Pakistan"),
    ("Floods cut the road to Alexandria in Rapides Parish on Monday. Shelters in Alexandria filled up.",
     "Alexandria", "United States"),
    ("Raiders stole cattle near Sabha in Mafraq governorate on Tuesday. Police later sealed off Sabha.",
     "Sabha", "Jordan"),
    ("Jihadists attacked Gao in Sanguie province on Friday. Soldiers reinforced Gao the next day.",
     "Gao", "Burkina Faso"),
    ("Protesters blocked the main road in Kandi in Murshidabad district on Friday. Shops in Kandi stayed shut.",
     "Kandi", "India"),
    ("Gunmen killed two farmers near Delmas in Nkangala district on Thursday. Police patrolled Delmas overnight.",
     "Delmas", "South Africa"),
])

def test_a_name_put_in_a_container_keeps_that_place_when_named_bare(geoparse, text, town, country):
    places = _all_at(geoparse(text), town)
    assert len(places) == 2
    assert {p.country for p in places} == {country}


def test_a_name_never_put_in_a_container_keeps_its_own_reading(geoparse):
    mentions = geoparse("Gunmen attacked Kas, a town in South Darfur, on Monday. A delegation flew in from Riyadh.")
    assert _all_at(mentions, "Riyadh")[0].country == "Saudi Arabia"
