"""The spaCy stage: one English pipeline, loaded once per process and model name."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from frontwatch.errors import FrontwatchError

LINE_BREAKS = "frontwatch_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and captions stand alone."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


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
    nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp

