"""A text that names no country speaks through its armed groups' home countries: a town named beside such a group is
the one in the group's country, not a larger namesake abroad; a country the text names still outranks the group's."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

from frontwatch.model import Document


def _country(mentions, surface):
    found = [m.place.country for m in mentions if m.surface == surface and m.place is not None]
    assert found, f"no resolved mention {surface!r} in {[(m.surface, m.place) for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Boko Haram insurgents torched shops in Gubio on Sunday.", "Gubio", "Nigeria"),
    ("Boko Haram gunmen stormed Gaya before dawn, residents said.", "Gaya", "Nigeria"),
    ("Taliban fighters overran Āsmār after a night of fighting.", "Āsmār", "Afghanistan"),
    ("Al-Shabaab militants raided Baki on Tuesday and burned the market.", "Baki", "Somalia"),
    ("Witnesses said Al-Shabaab fighters withdrew from Baki at noon.", "Baki", "Somalia"),
    # the text names a country: the group's home country does not decide
    ("Boko Haram fighters crossed into Niger and attacked Gaya.", "Gaya", "Niger"),
])
def test_a_town_beside_an_armed_group_is_in_the_groups_country(geoparse, text, town, country):
    assert _country(geoparse(text), town) == country


@pytest.mark.parametrize(("text", "place", "country"), [
    # a town the parser does not call a place, taken by a group: resolved in the group's home country
    ("On Friday the RSF managed to take Bara from the army.", "Bārah", "Sudan"),
    ("The RSF said on Sunday it had captured Bara.", "Bārah", "Sudan"),
    ("Al-Shabaab fighters took control of Baki on Friday.", "Baki", "Somalia"),
    ("Boko Haram fighters seized Gubio after the soldiers fled.", "Gubio", "Nigeria"),
    ("Taliban fighters captured Āsmār on Thursday.", "Āsmār", "Afghanistan"),
])
def test_a_town_a_group_takes_is_in_the_groups_country(extractor, text, place, country):
    control = extractor.extract(Document(id="t", text=text, origin="test")).control
    assert {(c.place.name, c.place.country) for c in control} == {(place, country)}  # the taker's, the loser's


@pytest.mark.parametrize(("text", "town", "country"), [
    # a group the tagger calls no name (an acronym) but the reader finds: its home country weighs in as a named one's
    ("JNIM insurgents besieged Kita for a week.", "Kita", "Mali"),
    ("ELN guerrillas blew up a bridge outside Fresno on Sunday.", "Fresno", "Colombia"),
    ("An ELN unit abducted a mayor in Chita.", "Chita", "Colombia"),
    ("ISWAP fighters raided Zango and carried off cattle.", "Zango", "Nigeria"),
    ("ISWAP gunmen killed four farmers near Itu.", "Itu", "Nigeria"),
    # guards: a place the text puts abroad stays abroad (a group across a border, talks held elsewhere)
    ("ISWAP fighters crossed the border and attacked Zango in Angola.", "Zango", "Angola"),
    ("ELN rebels held talks with officials in Fresno, California.", "Fresno", "United States"),
    ("JNIM fighters raided a gold mine near Kita in Japan's north.", "Kita", "Japan"),
])
def test_a_group_the_reader_finds_names_its_home_country(extractor, text, town, country):
    assert _country(extractor.geocoder.geoparse(text, extractor.nlp(text)), town) == country


def test_a_groups_home_country_makes_no_town_near_it_give_way_to_a_division_abroad(extractor):
    # a town with a namesake district in the groups' home country: "near X" is still near the town
    text = "Suspected ISWAP or Boko Haram fighters torched huts in Garin Wazam, near Bosso (Bosso, Diffa)."
    near = next(m.place for m in extractor.geocoder.geoparse(text, extractor.nlp(text)) if m.surface == "Bosso")
    assert (near.name, near.country, near.feature) == ("Bosso", "Niger", "populated place")
