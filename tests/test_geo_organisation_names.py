"""A place word inside a name the actor registry knows is no place mention, however NER cuts the name ("the
Volunteers for the Defence of the [Homeland]" with "Homeland" tagged as a place): an armed group named after a
homeland, a delta or a state is no event there. Inside an organisation's name, a country's name is a hint of the
story's country, never a place of its own (the extractor never makes it an event's place). The text's real places
around the name are found as before."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


@pytest.mark.parametrize(("text", "inside", "place"), [
    ("Fighters of the Volunteers for the Defence of the Homeland repelled an assault near Djibo on Tuesday.",
     "Homeland", "Djibo"),
    ("A patrol of the Volunteers for the Defense of the Homeland was ambushed outside Fada N'Gourma.",
     "Homeland", "Fada N'Gourma"),
    ("Militants of the Islamic State West Africa Province raided a base near Damasak.", "Africa", "Damasak"),
    ("Fighters loyal to the Movement for the Emancipation of the Niger Delta blew up a pipeline in Bayelsa.",
     "Niger", "Bayelsa"),
    ("Members of the Real III%ers of Idaho rallied outside the statehouse in Boise.", "Idaho", "Boise"),
])
def test_a_place_word_inside_a_registry_name_is_no_place(geoparse, text, inside, place):
    mentions = geoparse(text)
    assert not [m for m in mentions if inside in m.surface and m.place is not None and not m.hint]
    assert any(m.surface == place and m.place is not None for m in mentions)


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen of the Cooperative for Development of Congo attacked a camp near Bunia.", "Congo"),
    ("The Balochistan Liberation Army said its men attacked a checkpoint near Quetta.", "Balochistan"),
])
def test_a_country_inside_an_organisations_name_is_a_hint_at_most(geoparse, text, country):
    assert all(m.hint for m in geoparse(text) if m.surface == country and m.place is not None)


@pytest.mark.parametrize(("text", "village", "country"), [
    ("Islamic State Somalia Province gunmen attacked a checkpoint in Goobo village near Bali-Dhiddin town "
     "(Qandala, Bari).", "Goobo", "Somalia"),
    ("On 3 May, Islamic State Somalia Province fighters ambushed a militia patrol near Dhadar village (Bosaso, Bari).",
     "Dhadar", "Somalia"),
])
def test_the_country_a_registry_name_holds_places_the_storys_villages(geoparse, text, village, country):
    assert [m.place.country for m in geoparse(text) if m.surface == village and m.place is not None] == [country]
