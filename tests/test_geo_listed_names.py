"""A name the parse coordinates with a name NER called a place ("X, Y and Z", "X and Y") is a place far more often
than the same name alone: the fit names of LGL, GeoVirus and GeoCorpora hold 81 such names, 58 of them gold
toponyms. The acceptance model weighs it as a feature (`listed`, fitted by maximum likelihood with the other weights
held: training/fit_geo_ranker.py --accept-new listed); NER's person or product label on the listed town no longer
drops it."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Storm damage was reported in Ottawa, Renfrew and Pembroke after the overnight winds.", "Renfrew", "Canada"),
    ("Storm damage was reported in Ottawa, Renfrew and Pembroke after the overnight winds.", "Pembroke", "Canada"),
    ("Health officers found infected birds near Lyon and Vienne last week.", "Vienne", "France"),
    ("Volunteers came from Brandon, Selkirk and Steinbach to help sandbag the river banks.", "Steinbach", "Canada"),
    ("Teachers from Wangaratta, Benalla and Shepparton joined the strike.", "Benalla", "Australia"),
    ("Road crews cleared snow between Hamar and Elverum overnight.", "Elverum", "Norway"),
])
def test_a_name_listed_with_places_is_a_place(geoparse, text, town, country):
    assert [m.place.country for m in geoparse(text) if m.surface == town and m.place is not None] == [country]
