"""Stable document ids and the one place a Document is built from ingested text."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date

from frontwatch.model import Document

MAX_SOURCE_CHARS = 200  # the width of documents.source


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
    warnings: tuple[str, ...] = (),
) -> Document:
    """Build a Document with normalised text and its content id; `warnings` say what reading it dropped."""
    text = normalise_text(text).strip()
    source = _clean(source)
    if source is not None and len(source) > MAX_SOURCE_CHARS:
        warnings += (f"{origin}: source name cut to {MAX_SOURCE_CHARS} characters (it had {len(source)})",)
        source = source[:MAX_SOURCE_CHARS]
    return Document(
        id=document_id(text),
        text=text,
        origin=origin,
        published=published,
        source=source,
        title=_clean(title),
        url=_clean(url),
        warnings=warnings,
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(unicodedata.normalize("NFC", value).split())
    return value or None
