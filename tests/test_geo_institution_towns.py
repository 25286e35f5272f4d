"""A school, university, hospital, market or stadium named after its town ("X University", "X Regional Hospital",
"X High School") places the report in that town: the town's name inside the longer name is a place cue, as "the
town of X" is, when the town is one of some size or of a country the text is about. A university named after a
person is no place. Every report is written for this file."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

INSTITUTIONS = [
    # (report, the town inside the institution's name, its country)
    ("Pupils of Kaya High School blocked the main road on Thursday to denounce the arrest of a teacher.", "Kaya",
     "Burkina Faso"),
    ("Nurses at Dosso Regional Hospital walked out on Monday, demanding back pay.", "Dosso", "Niger"),
    ("Teachers at Dori High School went on strike on Monday over housing allowances.", "Dori", "Burkina Faso"),
    ("Pupils of Tenkodogo Secondary School marched to the town hall on Friday.", "Tenkodogo", "Burkina Faso"),
    ("Students at Adigrat University held a sit-in on Wednesday over poor meals.", "Adigrat", "Ethiopia"),
    ("Students of Arba Minch University boycotted classes after a dormitory fire.", "Arba Minch", "Ethiopia"),
    ("Lecturers of Maroua University stayed away from lecture halls for a third day.", "Maroua", "Cameroon"),
    ("Fans fought with police outside Bafoussam Stadium after the derby on Sunday.", "Bafoussam", "Cameroon"),
]


@pytest.mark.parametrize(("text", "town", "country"), INSTITUTIONS)
def test_an_institution_named_after_its_town_places_the_report_there(geoparse, text, town, country):
    assert [m.place.country for m in geoparse(text) if m.surface == town and m.place is not None] == [country]


@pytest.mark.parametrize("text", [
    "Staff of Nnamdi Azikiwe University protested on Tuesday over unpaid salaries.",
])
def test_a_university_named_after_a_person_is_no_place(geoparse, text):
    assert not [m for m in geoparse(text) if m.place is not None]
