"""entities_in and text_of: a span's named entities and a Doc's text as spaCy gives them, each built once per Doc."""

from __future__ import annotations

import pytest

from frontwatch.doc_memo import entities_in, text_of

TEXTS = [
    "Militia fighters entered Bardai on 4 June. Two days later, 300 residents fled to Faya-Largeau.",
    "The governor of Lower Shabelle, Ahmed Warsame, said on Friday that 12 soldiers died near Afgooye.",
    "No names here at all.",
    "Police in Quetta arrested 40 people. The Balochistan government denied it.\nA curfew began at 9 pm in Quetta.",
    "About 2,000 families left Tal Afar between March and May 2017, the UN office in Erbil reported.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_entities_in_gives_span_ents(nlp, text: str):
    doc = nlp(text)
    spans = [*doc.sents, doc[:], doc[1:len(doc) - 1], doc[2:5]]
    for span in spans:
        assert [(e.start, e.end, e.label_) for e in entities_in(span)] == [(e.start, e.end, e.label_)
                                                                           for e in span.ents]
    other = nlp(text + " Fighting resumed in Kismayo on Sunday.")  # a new Doc is read afresh
    assert [e.text for e in entities_in(other[:])] == [e.text for e in other.ents]


@pytest.mark.parametrize("text", TEXTS)
def test_text_of_gives_doc_text(nlp, text: str):
    doc, other = nlp(text), nlp(text.upper())
    assert [text_of(doc), [e.text for e in entities_in(doc[:])], text_of(doc), text_of(other), text_of(doc)] == [
        doc.text, [e.text for e in doc.ents], doc.text, other.text, doc.text]
