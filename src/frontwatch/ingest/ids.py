"""Stable document ids and the one place a Document is built from ingested text."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date

from frontwatch.model import Document


def normalise_text(text: str) -> str:
    """Return text in NFC with every line break as a single \\n."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def document_id(text: str) -> str:
    """Return the first 16 hex chars of sha256 over the whitespace-normalised text."""
    canonical = " ".join(normalise_text(text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def make_document(
    text: str,
    origin: str,
    *,
    published: date | None = None,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Document:
    """Build a Document with normalised text and its content id."""
    text = normalise_text(text).strip()
    return Document(
        id=document_id(text),
        text=text,
        origin=origin,
        published=published,
        source=_clean(source),
        title=_clean(title),
        url=_clean(url),
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(unicodedata.normalize("NFC", value).split())
    return value or None
