"""Spatial consistency: a report's direction, distance and population statements vs the gazetteer."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder  # noqa: F401  (fixtures)

from frontwatch.resolve.spatial_checks import check_spatial_claims


@pytest.fixture(scope="module")
def check(geocoder, gazetteer, nlp):
    def run(text):
        doc = nlp(text)
        return check_spatial_claims(text, doc, geocoder.geoparse(text, doc), gazetteer, "doc-1")
    return run


def _one(findings, what, place):
    found = [f for f in findings if f.what == what and f.place == place]
    assert len(found) == 1, findings
    return found[0]


def test_wrong_direction_is_flagged(check):
    finding = _one(check("Iraqi forces entered Fallujah, a city located east of Baghdad."), "direction", "Fallujah")
    assert finding.consistent is False
    assert finding.relative_to == "Baghdad"
    assert "W of Baghdad" in finding.detail


def test_right_direction_is_not_flagged(check):
    finding = _one(check("Iraqi forces entered Fallujah, a city located west of Baghdad."), "direction", "Fallujah")
    assert finding.consistent is True


def test_distance_within_tolerance_and_outside_it(check):
    good = _one(check("Karbala lies some 90 km south-west of Baghdad, officials said."), "distance", "Karbala")
    bad = _one(check("Karbala lies some 300 km south-west of Baghdad, officials said."), "distance", "Karbala")
    assert good.consistent is True and bad.consistent is False


def test_a_reference_read_as_an_offset_is_judged_from_the_named_place(check):
    findings = check("Traders in Fallujah, a city some 60 km west of Baghdad, reopened their shops on Sunday.")
    direction, distance = _one(findings, "direction", "Fallujah"), _one(findings, "distance", "Fallujah")
    assert direction.consistent is True and distance.consistent is True
    assert "57 km W of Baghdad" in direction.detail


def test_evidence_is_the_sentence(check):
    text = "Shelling continued. Kirkuk lies west of Erbil, Iraqi officials said."
    finding = _one(check(text), "direction", "Kirkuk")
    assert finding.consistent is False
    assert text[finding.evidence.start:finding.evidence.end] == finding.evidence.text
    assert finding.evidence.text.startswith("Kirkuk") and finding.evidence.doc == "doc-1"


def test_a_relative_location_without_a_subject_place_is_no_claim(check):
    assert check("Iraqi troops were ambushed 20 km south of Mosul on Friday.") == []


def test_population_claims_within_factor_two(check):
    right = _one(check("Syrian forces shelled Homs, home to about 800,000 people."), "population", "Homs")
    wrong = _one(check("Syrian forces shelled Homs, home to about 9 million people."), "population", "Homs")
    assert right.consistent is True and wrong.consistent is False


@pytest.mark.parametrize(("text", "place", "consistent"), [
    ("Rebels shelled Aleppo, a city of two million people, overnight.", "Aleppo", True),
    ("Aleppo, with a population of 1.5m, was shelled overnight.", "Aleppo", True),
    ("Fighting reached Homs, home to some fifty residents.", "Homs", False),
    ("Militants entered Kirkuk, a city of roughly 900,000 inhabitants.", "Kirkuk", True),
    ("Kirkuk, which has a population of 9 million, was quiet on Monday.", "Kirkuk", False),
])
def test_population_statements_in_several_shapes(check, text, place, consistent):
    assert _one(check(text), "population", place).consistent is consistent


@pytest.mark.parametrize("text", [
    "Rebels shelled Aleppo, a city of two million dollars in debt.",
    "Homs is home to 40 percent of the province's factories.",
    "Aleppo lost a town of two hospitals to the fighting.",
])
def test_a_figure_that_is_not_a_head_count_is_no_population_claim(check, text):
    assert [f for f in check(text) if f.what == "population"] == []


def test_seed_fallujah_direction_is_flagged(check, shared_dir):
    text = (shared_dir / "seed" / "mosul-2014-06-11.txt").read_text(encoding="utf-8")
    findings = check(text)
    direction = _one(findings, "direction", "Fallujah")
    assert direction.relative_to == "Baghdad" and direction.consistent is False
    assert all(f.consistent for f in findings if f.what == "population")
