"""A place named with an apposition: "X, the Y town that Z had held since 2019". The apposition's head noun stands
for X, so a relative clause on it is about X (its former holder Z loses X on the day X is taken); the region naming
that noun only locates X: no control claim or event is about it, nor about its capital ("a Y district capital")."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2025, 3, 12)  # a Wednesday

FORMER_HOLDER_LOSES_THE_PLACE = [
    ("Syrian troops retook Maarat al-Numan, the Idlib town that rebels had held since 2012, on Tuesday.",
     ("Unidentified Armed Group (Syria)", "Ma‘arrat an Nu‘mān", "lost")),
    ("Militants overran Gamboru, a Borno town the army had controlled for months, on Sunday.",
     ("Military Forces of Nigeria", "Gamboru", "lost")),
    ("Fano militiamen captured Lalibela, an Amhara town federal troops had held since August, on Thursday, "
     "residents said.", ("Military Forces of Ethiopia", "Lalibela", "lost")),
    ("Houthi fighters seized Marib city, the Marib province capital the government had held for eight years, on "
     "Sunday.", ("Military Forces of Yemen", "Ma'rib", "lost")),
    ("Police said jihadists stormed Djibo, a Soum province town the army had controlled for years, on Monday.",
     ("Military Forces of Burkina Faso", "Djibo", "lost")),
]


@pytest.mark.parametrize(("text", "claim"), FORMER_HOLDER_LOSES_THE_PLACE)
def test_a_relative_clause_on_the_apposition_tells_of_the_place_its_holder_loses(extractor, text, claim):
    claims = {(c.actor.name, c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}
    assert claim in claims


REGION_ONLY_LOCATES = [
    ("Kurdish forces seized Manbij, the Aleppo province town that Islamic State had held since 2014, on Friday.",
     "Manbij"),
    ("Government forces recaptured Beledweyne, the Hiraan city that al-Shabaab had occupied since January, on "
     "Monday.", "Beledweyne"),
    ("Islamist fighters took Boulsa, a Namentenga province town the army had held for years, on Monday.", "Boulsa"),
    ("Ukrainian forces have liberated Kupiansk, the Kharkiv region city which Russian troops had occupied since "
     "February, officials said on Wednesday.", "Kupyansk"),
    ("Nigerian troops recaptured Marte, a Borno village that ISWAP had occupied since April, on Friday.", "Marte"),
]


@pytest.mark.parametrize(("text", "place"), REGION_ONLY_LOCATES)
def test_the_region_naming_the_apposition_is_in_no_claim_or_event(extractor, text, place):
    extraction = extract(extractor, text, PUBLISHED)
    assert {c.place.name for c in extraction.control} == {place}
    assert {e.place.name for e in extraction.events if e.place} == {place}


EVENT_AT_THE_HEAD = [
    ("Soldiers won back Macomia, a Cabo Delgado district capital that militants had controlled for weeks, on "
     "Wednesday.", ("Macomia", date(2025, 3, 12))),
    ("The RSF captured El Fasher, the North Darfur state capital that the army had defended for a year, on Sunday.",
     ("El Fasher", date(2025, 3, 9))),
    ("Syrian troops retook Maarat al-Numan, the Idlib town that rebels had held since 2012, on Tuesday.",
     ("Ma‘arrat an Nu‘mān", date(2025, 3, 11))),
    ("Troops regained Ajdabiya, a Cyrenaica coastal town which rebels had held since April, on Tuesday, a spokesman "
     "said.", ("Ajdabiya", date(2025, 3, 11))),
    ("Insurgents took Mocimboa da Praia, a Cabo Delgado district capital that soldiers had guarded since 2021, on "
     "Monday, a police source said.", ("Mocímboa da Praia", date(2025, 3, 10))),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_AT_THE_HEAD)
def test_the_event_is_at_the_place_the_apposition_describes_on_its_clause_s_day(extractor, text, expected):
    assert [place_and_day(e) for e in extract(extractor, text, PUBLISHED).events] == [expected]
