"""The spaCy stage: one English pipeline, loaded once per process and model name."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from frontwatch.errors import FrontwatchError


@lru_cache(maxsize=4)
def load_pipeline(model_name: str) -> Language:
    """Load the installed spaCy pipeline `model_name` (never downloads)."""
    try:
        return spacy.load(model_name)
    except OSError as exc:
        raise FrontwatchError(
            f"spaCy model {model_name!r} is not installed: run the README's set-up command"
        ) from exc


def parse(text: str, model_name: str) -> Doc:
    """Parse one text with the named pipeline."""
    return load_pipeline(model_name)(text)
