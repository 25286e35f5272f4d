"""A two-letter code in a report names a country only where news write it for one ("US", "UK":
data/place_abbreviations.csv); a bare ISO code ("AU" of the African Union, "IO" of "SPLA-IO") names none
(pipeline.py `country_of`; a registry actor's country code is read by extract/doc_actors.py `code_name`)."""

from __future__ import annotations

from datetime import date

import pytest

from frontwatch.model import Document

NO_COUNTRY_OF_THE_CODE = [
    ("AU troops repelled an al-Shabaab assault on their base near Bulo Burde on Saturday.", "Australia"),
    ("SPLA-IO forces overran a government garrison near Nasir on 4 March 2023.", "British Indian Ocean Territory"),
    ("Two AU soldiers were wounded when their convoy struck a mine outside Beledweyne on Friday.", "Australia"),
]
COUNTRIES_NEWS_ABBREVIATE = [
    ("US forces carried out an airstrike on militants near Jilib on Monday.", "Military Forces of the United States"),
    ("UK warplanes struck Houthi radar sites near Hodeidah on Thursday.", "Military Forces of the United Kingdom"),
]


def _actors(extractor, text: str) -> list[str]:
    events = extractor.extract(Document(id="t", text=text, origin="t", published=date(2024, 5, 10))).events
    return [a.name for e in events for a in (e.actor1, e.actor2) if a is not None]


@pytest.mark.parametrize(("text", "country"), NO_COUNTRY_OF_THE_CODE)
def test_a_bare_iso_code_names_no_country(extractor, text, country):
    actors = _actors(extractor, text)
    assert actors and not any(country in name for name in actors)


@pytest.mark.parametrize(("text", "forces"), COUNTRIES_NEWS_ABBREVIATE)
def test_an_abbreviation_news_write_names_its_country(extractor, text, forces):
    assert _actors(extractor, text)[0] == forces
