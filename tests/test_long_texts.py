"""Long texts are read, not refused: chunked parses keep whole-document offsets; sections keep evidence in place."""

from __future__ import annotations

import pytest
from conflict_grammar import long_report

from frontwatch.ingest.ids import make_document
from frontwatch.model import Document, EventFact, Evidence, Extraction, PlaceMention
from frontwatch.nlp import chunks, parse, parse_many
from frontwatch.sections import extract_in_sections, sections

CHUNK_CASES = {
    # case: (text, limit, the pieces)
    "paragraphs first": ("Aaaa bbbb.\n\nCccc dddd.\n\nEeee.", 16, ["Aaaa bbbb.\n\n", "Cccc dddd.\n\n", "Eeee."]),
    "then line breaks": ("Aaaa bbbb.\nCccc dddd.\nEeee.", 14, ["Aaaa bbbb.\n", "Cccc dddd.\n", "Eeee."]),
    "then sentence ends": ("Aaaa bbbb. Cccc dddd. Eeee.", 14, ["Aaaa bbbb. ", "Cccc dddd. ", "Eeee."]),
    "then spaces": ("aaaa bbbb cccc dddd eeee", 12, ["aaaa bbbb ", "cccc dddd ", "eeee"]),
    "one unbroken run": ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
}


@pytest.mark.parametrize("case", sorted(CHUNK_CASES))
def test_chunks_cut_at_the_best_boundary_and_lose_nothing(case):
    text, limit, expected = CHUNK_CASES[case]
    assert chunks(text, limit) == expected
    assert "".join(expected) == text


def test_a_text_past_the_parsers_limit_is_parsed_whole_with_offsets_of_the_whole_text(nlp):
    text = long_report(30_000)
    doc = parse(nlp, text, chunk_chars=4_000)
    assert doc.text == text
    for token in list(doc)[::97]:
        assert text[token.idx:token.idx + len(token.text)] == token.text
    starts = {sent.start_char for sent in doc.sents}
    piece_starts = [len("".join(chunks(text, 4_000)[:i])) for i in range(1, len(chunks(text, 4_000)))]
    assert all(start in starts for start in piece_starts)  # a piece boundary is always a sentence start


def test_a_text_longer_than_spacys_max_length_is_read(nlp):
    text = long_report(60_000)
    limit = nlp.max_length
    nlp.max_length = 20_000
    try:
        assert parse(nlp, text).text == text
    finally:
        nlp.max_length = limit


def test_parse_many_keeps_the_order_of_short_and_long_texts(nlp):
    texts = ["Short one.", long_report(9_000, seed=5), "Short two.", "Short three."]
    docs = list(parse_many(nlp, texts, batch_size=2, chunk_chars=3_000))
    assert [d.text for d in docs] == texts


def test_sections_are_sentence_aligned_and_tile_the_text():
    text = long_report(50_000)
    found = sections(text, 8_000)
    assert "".join(piece for _start, piece in found) == text
    assert all(text[start:start + len(piece)] == piece for start, piece in found)
    assert all(piece.rstrip().endswith(".") for _start, piece in found)


class _FirstSentence:
    """A stand-in extractor: one event on each section's first sentence, one place mention at its start."""

    def extract(self, document: Document) -> Extraction:
        end = document.text.index(".") + 1
        evidence = Evidence(document.id, 0, end, document.text[:end])
        return Extraction(document, events=[EventFact("Battles", "Armed clash", evidence)],
                          places=[PlaceMention(0, 4, document.text[:4], None)], warnings=["same warning"])


def test_a_long_document_is_extracted_in_sections_with_evidence_where_it_is_in_the_whole():
    document = make_document(long_report(30_000), "long.txt")
    extraction = extract_in_sections(_FirstSentence().extract, document, limit=5_000)
    assert extraction.document == document
    assert len(extraction.events) == len(sections(document.text, 5_000)) > 1
    for event in extraction.events:
        evidence = event.evidence
        assert evidence.doc == document.id
        assert document.text[evidence.start:evidence.end] == evidence.text
    for mention in extraction.places:
        assert document.text[mention.start:mention.end] == mention.surface
    assert extraction.warnings == ["same warning"]
