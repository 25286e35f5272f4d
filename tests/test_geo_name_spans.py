"""Name spans NER gets wrong: a place it tagged as an amount, a place that opens a run of capitalised words
before a word that makes it a place's ("X Mayor Y Z"), and one entity holding several names apart by a mark,
a link or an @handle ("X / Y", "X: Y", "X http://...")."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from frontwatch.resolve.geo_spans import find_spans
from frontwatch.resolve.geo_terms import load_terms

TERMS = load_terms()


def _tagged(nlp, text: str, entity: str | None, label: str = "") -> Doc:  # noqa: ANN001 - spaCy Language
    """`text` parsed, with NER's entities replaced by `entity` under `label` (none when `entity` is None)."""
    doc = nlp(text)
    if entity is None:
        doc.ents = []
    else:
        start = text.index(entity)
        doc.ents = [doc.char_span(start, start + len(entity), label=label, alignment_mode="expand")]
    return doc


def _names(text: str, doc: Doc) -> list[str]:
    return [text[start:end] for start, end, _label in find_spans(text, doc, TERMS)[0]]


def _parts(text: str, doc: Doc) -> list[str]:
    return [text[start:end] for start, end, _org in find_spans(text, doc, TERMS)[2]]


@pytest.mark.parametrize(("text", "entity", "label", "name"), [
    ("Crowds gathered again outside parliament tonight #Tbilisi #protest", "#Tbilisi #", "MONEY", "Tbilisi"),
    ("Flood warnings tonight for #Galway and the whole coast", "#Galway", "MONEY", "Galway"),
    ("Water rationing starts in Nairobi 5 days from now", "Nairobi 5", "CARDINAL", "Nairobi"),
    ("Bread costs Karachi 20% more than it did last year", "Karachi 20%", "PERCENT", "Karachi"),
    ("Queues of 300 Mombasa trucks stood at the border post", "300 Mombasa", "QUANTITY", "Mombasa"),
])
def test_a_name_ner_tagged_as_an_amount_is_read_as_a_name(nlp, text, entity, label, name):
    assert name in _names(text, _tagged(nlp, text, entity, label))


def test_a_month_ner_tagged_as_a_date_stays_no_name(nlp):
    text = "The vote was held on March 3 in the capital."
    assert "March" not in _names(text, _tagged(nlp, text, "March 3", "DATE"))


@pytest.mark.parametrize(("text", "place"), [
    ("Kettering Mayor Dana Pike said the budget would pass.", "Kettering"),
    ("Abilene Police Chief Ray Vance spoke to reporters on Monday.", "Abilene"),
    ("Crews from the Winslow Volunteer Fire Department put out the blaze.", "Winslow"),
    ("Kherson Governor Oleh Prokudin warned of more shelling.", "Kherson"),
    ("Guelph City Council members voted late on Tuesday.", "Guelph"),
])
def test_a_place_opening_a_run_before_a_place_word_is_a_name_part(nlp, text, place):
    assert place in _parts(text, _tagged(nlp, text, None))


@pytest.mark.parametrize(("text", "word"), [
    ("The Scott West Panthers won the wrestling title again.", "Scott"),
    ("Traffic on Hot Springs Drive was slow all morning.", "Hot Springs"),
])
def test_a_run_without_a_place_word_after_its_first_name_gives_no_part(nlp, text, word):
    assert word not in _parts(text, _tagged(nlp, text, None))


@pytest.mark.parametrize(("text", "entity", "label", "name"), [
    ("Graves were restored at Bodelwyddan http://t.co/abc123 last week.", "Bodelwyddan http://t.co/abc123", "FAC",
     "Bodelwyddan"),
    ("Flood alert issued for Tewkesbury/Upton on Sunday.", "Tewkesbury/Upton", "GPE", "Upton"),
    ("Read more: Kruger National Park - A Luxury Travel Blog", "Kruger National Park - A Luxury Travel Blog", "ORG",
     "Kruger National Park"),
    ("Storm hits Galway: Coast Guard warns sailors to stay in port", "Galway: Coast Guard", "ORG", "Galway"),
    ("Tonight we play in Leeds | Tickets at the door", "Leeds | Tickets", "GPE", "Leeds"),
])
def test_one_entity_is_cut_at_its_marks_links_and_handles(nlp, text, entity, label, name):
    names = _names(text, _tagged(nlp, text, entity, label))
    assert name in names and entity not in names


def test_a_hyphen_joined_to_its_words_cuts_no_name(nlp):
    text = "The last troops left Guinea-Bissau in May."
    assert "Guinea-Bissau" in _names(text, _tagged(nlp, text, "Guinea-Bissau", "GPE"))


@pytest.mark.parametrize(("text", "entity", "place"), [
    ("She teaches chemistry at the University of Limerick these days.", "the University of Limerick", "Limerick"),
    ("The pupils of Saint Mary's School in Ballarat raised the money.", "Saint Mary's School in Ballarat", "Ballarat"),
    ("A report by the Chamber of Commerce of Lyon came out on Friday.", "the Chamber of Commerce of Lyon", "Lyon"),
    ("Shares in the Bank of Ghana fell after the announcement.", "the Bank of Ghana", "Ghana"),
    ("The Port of Rotterdam handled less cargo this spring.", "The Port of Rotterdam", "Rotterdam"),
])
def test_the_place_ending_a_longer_name_after_of_or_in_is_a_name_part(nlp, text, entity, place):
    assert place in _parts(text, _tagged(nlp, text, entity, "ORG"))


@pytest.mark.parametrize(("text", "entity", "word"), [
    ("Fighters of the Liberation Front of Tigray entered the town.", "the Liberation Front of Tigray", "Tigray"),
    ("The People's Party of Galicia won the vote.", "The People's Party of Galicia", "Galicia"),
])
def test_no_part_after_of_in_an_organisations_name(nlp, text, entity, word):
    assert word not in _parts(text, _tagged(nlp, text, entity, "ORG"))
