"""A document's places do not depend on the documents read before it: a geocoder that looked a place up by its own
name ("Delhi") gives the same answer as a fresh one for a later text naming a namesake whose name is only a variant
spelling of that place ("Dili"), in whichever order a corpus arrives."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer  # noqa: F401  (fixture)

from frontwatch.resolve.geocode import Geocoder

CASES = [
    # (an earlier report naming a large place by its own name, a later report naming a namesake of one of its variants)
    ("Police fired tear gas at students marching in Kandy on Monday.",
     "Gunmen raided a customs post near Kandi on Tuesday, killing two officers."),
    ("Farmers blocked the highways into Delhi on Friday.",
     "Veterans rallied outside the parliament in Dili on Saturday."),
    ("Students protested fuel prices in Tehran on Sunday.",
     "Jihadists attacked a gendarmerie post at Tera on Wednesday."),
    ("Dock workers struck for a second day in Chattogram.",
     "Lawyers marched to the high court in Islamabad on Monday."),
    ("Thousands rallied against the new tax in Guangzhou.",
     "Two men were shot outside a bar in Canton, Ohio, on Sunday night."),
]


def _places(geocoder: Geocoder, nlp, text: str) -> list[tuple[str, str | None]]:  # noqa: ANN001 - spaCy Language
    return [(m.surface, m.place.name if m.place else None) for m in geocoder.geoparse(text, nlp(text))]


@pytest.mark.parametrize(("earlier", "later"), CASES, ids=["Kandi", "Dili", "Tera", "Islamabad", "Canton"])
def test_a_later_document_reads_as_it_would_alone(gazetteer, nlp, earlier, later):  # noqa: F811 - fixture
    alone = _places(Geocoder(gazetteer), nlp, later)
    after = Geocoder(gazetteer)
    _places(after, nlp, earlier)
    assert _places(after, nlp, later) == alone
