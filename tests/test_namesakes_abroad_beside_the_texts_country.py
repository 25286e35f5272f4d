"""A town matched only by a looser spelling than its own (a GeoNames alias, another language's name, or the
spelling-tolerant key) in a country the text gives no evidence for is no answer when the text's demonyms, actors or
places name another: the town of the text's country at a coarser precision, else no point, never the namesake abroad."""

from __future__ import annotations

import pytest

from frontwatch.model import Document


def _countries(extractor, text):
    found = extractor.extract(Document(id="t", text=text, origin="test"))
    return ({e.place.country for e in found.events if e.place is not None}
            | {c.place.country for c in found.control})


@pytest.mark.parametrize(("text", "country"), [
    ("Somali troops pushed al-Shabaab fighters out of Mahas after a day of fighting.", "Somalia"),
    ("Islamist fighters have seized Boni, Malian officials said on Friday.", "Mali"),
    ("The Nigerian army said its soldiers repelled an attack on Baga overnight.", "Nigeria"),
    ("Malian troops took back Ber from the rebels on Thursday.", "Mali"),
    # the namesake abroad is none: the armed group's home country at precision 3 rather than abroad
    ("Congolese soldiers clashed with M23 fighters near Bambo on Wednesday.", "Democratic Republic of the Congo"),
])
def test_a_namesake_spelled_otherwise_abroad_gives_way_to_the_texts_country(extractor, text, country):
    assert _countries(extractor, text) == ({country} if country else set())


@pytest.mark.parametrize(("name", "countries", "country", "precision"), [
    ("Mahas", ["Somalia"], "Somalia", 3),  # an alias of a town abroad: the caller's one country, at precision 3
    ("Bonn", ["Mali"], "Germany", 1),  # a town's own name stands wherever it is
])
def test_resolving_a_name_in_the_callers_countries(extractor, name, countries, country, precision):
    assert extractor.geocoder.resolve("Mahas", ["Somalia"], restrict=True) is None  # among the text's places: none
    place = extractor.geocoder.resolve(name, countries)
    assert place is not None and (place.country, int(place.precision)) == (country, precision)


def test_a_town_named_by_its_own_name_abroad_stays(extractor):
    text = "Malian officials met their German counterparts in Bonn on Monday."
    assert [m.place.country for m in extractor.geocoder.geoparse(text, extractor.nlp(text))
            if m.surface == "Bonn" and m.place is not None] == ["Germany"]


@pytest.mark.parametrize(("text", "country"), [
    ("Fano fighters entered Gondar near the Sudanese frontier on Tuesday.", "Ethiopia"),
    ("Insurgents overran Mocimboa da Praia, close to the Tanzanian border, on Friday.", "Mozambique"),
    ("Government troops retook Tal Afar, not far from the Syrian border, on Sunday.", "Iraq"),
    ("Jihadists attacked Djibo near the Malian border on Monday, killing four soldiers.", "Burkina Faso"),
    ("Kurdish fighters shelled positions around Kobani on the Turkish border on Wednesday.", "Syria"),
])
def test_a_neighbours_demonym_on_a_border_is_not_the_texts_country(extractor, text, country):
    assert _countries(extractor, text) == {country}
