"""The spaCy stage: one English pipeline, loaded once per process and model name.

Texts longer than spaCy's `max_length` are parsed in sentence-aligned chunks (split at
paragraph breaks, then line breaks, then sentence ends, then spaces) through `nlp.pipe`,
and the chunks joined into one Doc with `Doc.from_docs`, so every token's character offset
stays relative to the whole text. Memory then grows with the chunk, not the document.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any, cast

import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from frontwatch.errors import FrontwatchError
from frontwatch.language import word_book
from frontwatch.resolve.geo_spans import dateline_spans
from frontwatch.sections import chunks

LINE_BREAKS, PREFIXED = "frontwatch_line_breaks", "frontwatch_prefixed"
# a word written with a prefix and a hyphen ("re-captured"): one word, its lemma closed up ("recapture")
_PREFIXES = "|".join(map(re.escape, sorted(word_book("lemmas").words("hyphen_prefixes"))))
_PREFIXED = re.compile(rf"(?i)^(?:{_PREFIXES})-[a-z]+$")
CHUNK_CHARS = 50_000  # a long text is parsed in pieces of at most this many characters
# Where a piece may end, best first: a blank line, a line break, a sentence end, any space.
@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break (headlines and captions stand alone) and after a dateline."""
    text, datelines = doc.text, dateline_spans(doc.text)
    inside = [range(start + 1, end) for start, end in datelines.items()]  # no sentence starts within one
    ends = set(datelines.values())
    # a word's offset, length and whether it is white space, read as one table (a Token built per word costs more)
    for i, (start, length, space) in enumerate(doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()[:-1], start=1):
        if space and "\n" in text[start:start + length] or start + length in ends:
            doc[i].is_sent_start = True
            if i + 1 < len(doc) and doc[i].like_num and doc[i].is_alpha:  # "Twelve soldiers were killed ...": a
                doc[i + 1].is_sent_start = False  # count opening a sentence is no sentence of its own
        elif any(start + length in span for span in inside):
            doc[i].is_sent_start = False
    return doc


@Language.factory(PREFIXED)
def prefixed(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A component giving a word written with a prefix and a hyphen the prefix and its word's lemma ("re-captured":
    "recapture", "re-took": "retake")."""
    lemmatizer = cast(Lemmatizer, nlp.get_pipe("lemmatizer"))

    def close_up(doc: Doc) -> Doc:
        for token in doc:
            if "-" in token.text and _PREFIXED.match(token.text) and token.pos_:
                prefix, word = token.lower_.split("-", 1)
                token.lemma_ = prefix + lemmatizer.rule_lemmatize(Doc(doc.vocab, words=[word], pos=[token.pos_])[0])[0]
        return doc
    return close_up


_LAST = threading.local()  # per thread: the Doc read last, and what was built of it (its entities, its text)


def _of_last(doc: Doc, attribute: str) -> Any:
    """An attribute of a Doc that spaCy builds anew on every access, built once while the Doc is the one read last."""
    if getattr(_LAST, "doc", None) is not doc:
        _LAST.doc, _LAST.built = doc, {}
    if attribute not in _LAST.built:
        _LAST.built[attribute] = getattr(doc, attribute)
    return _LAST.built[attribute]


def entities_in(span: Span) -> list[Span]:
    """The named entities inside a span, as `span.ents` gives them, with the Doc's entities built once per Doc
    (`span.ents` builds every entity of the Doc for each span it is asked of); for a Doc whose entities are final."""
    return [e for e in _of_last(span.doc, "ents") if e.start >= span.start and e.end <= span.end]


def text_of(doc: Doc) -> str:
    """The Doc's text, as `doc.text` gives it, built once per Doc (`doc.text` joins every token's text each time)."""
    return _of_last(doc, "text")


@lru_cache(maxsize=4)
def load_pipeline(model_name: str) -> Language:
    """The installed spaCy pipeline `model_name`, splitting at line breaks, loaded once and shared."""
    return new_pipeline(model_name)


def new_pipeline(model_name: str) -> Language:
    """A fresh copy of the installed spaCy pipeline `model_name` (never downloads), splitting at line breaks."""
    try:
        nlp = spacy.load(model_name)
    except OSError as exc:
        raise FrontwatchError(
            f"spaCy model {model_name!r} is not installed: run the README's set-up command"
        ) from exc
    cast(Tokenizer, nlp.tokenizer).token_match = _PREFIXED.match  # "re-captured": one word (the model sets none)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    nlp.add_pipe(PREFIXED, after="lemmatizer")
    return nlp


def parse(nlp: Language, text: str, chunk_chars: int = CHUNK_CHARS) -> Doc:
    """The Doc of a text of any length: one call for a short text, sentence-aligned chunks for a long one."""
    if len(text) <= min(chunk_chars, nlp.max_length):
        return nlp(text)
    return join_chunks(list(nlp.pipe(chunks(text, min(chunk_chars, nlp.max_length)))), text)


def parse_many(nlp: Language, texts: Iterable[str], batch_size: int = 32,
               chunk_chars: int = CHUNK_CHARS) -> Iterator[Doc]:
    """The Docs of many texts, short ones batched through `nlp.pipe`, long ones in chunks (order kept)."""
    limit = min(chunk_chars, nlp.max_length)
    batch: list[str] = []
    for text in texts:
        if len(text) <= limit:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from nlp.pipe(batch, batch_size=batch_size)
                batch = []
            continue
        yield from nlp.pipe(batch, batch_size=batch_size)
        batch = []
        yield parse(nlp, text, chunk_chars)
    yield from nlp.pipe(batch, batch_size=batch_size)


def join_chunks(docs: list[Doc], text: str) -> Doc:
    """One Doc from the Docs of consecutive pieces of `text`; offsets are those of the whole text."""
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # a piece ending inside a token would shift offsets: never expected, checked anyway
        raise FrontwatchError("internal error: chunked parse does not reproduce the text")
    return doc
