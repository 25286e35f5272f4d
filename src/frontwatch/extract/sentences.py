"""Sentence units of a parsed document: offsets, captions, questions, headline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from frontwatch.language import word_book

_MARKS = "|".join(re.escape(m) for m in word_book("text").phrases("caption_marks"))
_CAPTION_MARK = re.compile(rf"^\s*({_MARKS})\s*:", re.I)


@dataclass(frozen=True)
class SentenceUnit:
    """One sentence with what the extractors need to know about its standing."""

    index: int
    span: Span
    is_caption: bool
    is_question: bool
    is_headline: bool
    text: str  # the span's text stripped, read once (spaCy joins its tokens on every access)
    start: int  # the character offsets of the span, trailing space left out at its end
    end: int

    @property
    def usable(self) -> bool:
        """Whether facts may be read from it (not a caption, not a question)."""
        return not (self.is_caption or self.is_question)


def _paragraphs(doc: Doc) -> list[list[tuple[Span, str]]]:
    paragraphs: list[list[tuple[Span, str]]] = [[]]
    for sent in doc.sents:
        if (text := sent.text).strip():
            paragraphs[-1].append((sent, text))
        if "\n" in text[len(text.rstrip()):] or sent[-1].is_space and "\n" in sent[-1].text:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def sentence_units(doc: Doc) -> list[SentenceUnit]:
    """The document's sentences, each marked caption / question / headline."""
    units: list[SentenceUnit] = []
    for p_index, paragraph in enumerate(_paragraphs(doc)):
        caption = any(_CAPTION_MARK.match(written) for _, written in paragraph)
        for sent, written in paragraph:
            text, end = written.strip(), sent.start_char + len(written.rstrip())
            headline = p_index == 0 and len(paragraph) == 1 and not text.endswith(".")
            units.append(SentenceUnit(len(units), sent, caption, text.endswith("?"), headline, text, sent.start_char,
                                      end))
    return units
