"""The corpus rebuild script's row readers: labelled-text schemas and their cleaners (fresh sentences)."""

from __future__ import annotations

import pytest

NEWSWIRE_CASES = [
    ("LISBON (Reuters) - The port authority raised its tariffs.", "The port authority raised its tariffs."),
    ("AP - The striker signed a three-year contract.", "The striker signed a three-year contract."),
    ("Wired.com - OSLO, Norway -- A startup showed a folding bicycle.", "A startup showed a folding bicycle."),
    ("Shares of Acme amp;Sons rose on the chief #39;s words.", "Shares of Acme&Sons rose on the chief's words."),
    ("The index fell - again - in late trading.", "The index fell - again - in late trading."),
    ("Line one\\line two of the story.", "Line one line two of the story."),
]


@pytest.mark.parametrize(("raw", "expected"), NEWSWIRE_CASES)
def test_clean_newswire_drops_leads_and_decodes_entities(build_corpus, raw, expected):
    assert build_corpus.clean_newswire(raw) == expected


LABEL_MAP = {
    "topics": {"text_column": "body", "clean": "newswire", "label_column": "topic",
               "labels": {"2": "NONE", "7": "DIPLO"}},
    "tweets": {"text_column": "text", "clean": "tweet", "label_column": "keyword", "require": {"target": "1"},
               "labels": {"mud slide": "NATURAL_DISASTER"}},
}

LABEL_CASES = [
    ("topics", {"topic": "2", "body": "x"}, "NONE"),
    ("topics", {"topic": "7", "body": "x"}, "DIPLO"),
    ("topics", {"topic": "1", "body": "x"}, None),  # a class the map leaves out
    ("tweets", {"keyword": "mud%20slide", "target": "1", "text": "x"}, "NATURAL_DISASTER"),
    ("tweets", {"keyword": "mud%20slide", "target": "0", "text": "x"}, None),  # not about a real disaster
]


@pytest.mark.parametrize(("schema", "row", "expected"), LABEL_CASES)
def test_labelled_text_schemas_label_rows_from_the_map(build_corpus, schema, row, expected):
    assert build_corpus.label_of(row, schema, LABEL_MAP) == expected


def test_text_schemas_read_their_column_through_their_cleaner(build_corpus):
    row = {"body": "KIGALI (AFP) - The orchestra toured six cities.", "notes": "ignored"}
    assert build_corpus.text_of(row, "topics", LABEL_MAP) == "The orchestra toured six cities."
    assert build_corpus.text_of({"notes": "A coded note."}, "acled_old", LABEL_MAP) == "A coded note."
