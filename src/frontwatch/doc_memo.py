"""What spaCy builds anew on each access of a Doc (its text, its entities), built once while it is the Doc read."""

from __future__ import annotations

import threading
from typing import Any

from spacy.tokens import Doc, Span

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
