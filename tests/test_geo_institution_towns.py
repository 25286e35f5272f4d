"""A school, university, hospital, market or stadium named after its town ("X University", "X Regional Hospital",
"X High School", "X Central Market") places the report in that town: the town's name inside the longer name is a
place cue, as "the town of X" is, when the town is one of some size or of a country the text is about; a hospital's
adjective ("regional", "teaching") stands between a town and its facility. A university named after a person is no
place. A capitalised name spelt with accents ("Diébougou") is a name as one without is, where NER misses it. Every
report is written for this file."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

INSTITUTIONS = [
    # (report, the town inside the institution's name, its country)
    ("Pupils of Kaya High School blocked the main road on Thursday to denounce the arrest of a teacher.", "Kaya",
     "Burkina Faso"),
    ("Teachers at Dori High School went on strike on Monday over housing allowances.", "Dori", "Burkina Faso"),
    ("Pupils of Tenkodogo Secondary School marched to the town hall on Friday.", "Tenkodogo", "Burkina Faso"),
    ("Students at Adigrat University held a sit-in on Wednesday over poor meals.", "Adigrat", "Ethiopia"),
    ("Students of Arba Minch University boycotted classes after a dormitory fire.", "Arba Minch", "Ethiopia"),
    ("Lecturers of Maroua University stayed away from lecture halls for a third day.", "Maroua", "Cameroon"),
    ("Fans fought with police outside Bafoussam Stadium after the derby on Sunday.", "Bafoussam", "Cameroon"),
    ("Vendors of Kaya Central Market shut their stalls on Wednesday over a new levy.", "Kaya", "Burkina Faso"),
    ("Pupils of Koupéla Provincial High School marched to the prefecture on Tuesday.", "Koupéla", "Burkina Faso"),
    ("Trainees of Bouaké Teachers Training College demonstrated on Tuesday over delayed stipends.", "Bouaké",
     "Ivory Coast"),
]

HOSPITALS = [
    # (report, the hospital's mention, its town's country): the facility placed at its town
    ("Nurses at Dosso Regional Hospital walked out on Monday, demanding back pay.", "Dosso Regional Hospital",
     "Niger"),
    ("Doctors at Gao Teaching Hospital stopped work on Friday after an assault on a nurse.", "Gao Teaching Hospital",
     "Mali"),
]

ACCENTED_NAMES = [
    # (report, the accented town NER does not call a place, its country)
    ("Residents of Diébougou marched on Friday to demand electricity.", "Diébougou", "Burkina Faso"),
    ("Pupils of Kaédi walked out of class on Wednesday to protest the exam calendar.", "Kaédi", "Mauritania"),
    ("Shopkeepers of Sétif closed their doors on Tuesday against a new tax.", "Sétif", "Algeria"),
    ("Fishermen of Sédhiou blocked the ferry landing on Saturday over fuel prices.", "Sédhiou", "Senegal"),
    ("Drivers of Berbérati parked their lorries across the bridge on Sunday.", "Berbérati",
     "Central African Republic"),
    ("Women of Ténenkou rallied on Monday to demand the return of abducted girls.", "Ténenkou", "Mali"),
]


@pytest.mark.parametrize(("text", "town", "country"), INSTITUTIONS)
def test_an_institution_named_after_its_town_places_the_report_there(geoparse, text, town, country):
    assert [m.place.country for m in geoparse(text) if m.surface == town and m.place is not None] == [country]


@pytest.mark.parametrize(("text", "facility", "country"), HOSPITALS)
def test_a_hospital_with_an_adjective_is_placed_at_its_town(geoparse, text, facility, country):
    assert [m.place.country for m in geoparse(text) if m.surface == facility and m.place is not None] == [country]


@pytest.mark.parametrize(("text", "town", "country"), ACCENTED_NAMES)
def test_an_accented_name_ner_misses_is_read_as_a_name(geoparse, text, town, country):
    assert [m.place.country for m in geoparse(text) if m.surface == town and m.place is not None] == [country]


@pytest.mark.parametrize("text", [
    "Staff of Nnamdi Azikiwe University protested on Tuesday over unpaid salaries.",
])
def test_a_university_named_after_a_person_is_no_place(geoparse, text):
    assert not [m for m in geoparse(text) if m.place is not None]
