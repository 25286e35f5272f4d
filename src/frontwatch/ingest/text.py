"""Plain-text reports, with an optional front matter block of known keys.

A front matter block is the first lines of the file, each ``Key: value`` with a key
among Title, Source, Published (YYYY-MM-DD) and URL (any case), ended by a blank
line. If any line of that first block has another key, the file has no front matter
and its text is kept whole, so a report opening "Note: ..." loses nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from frontwatch.errors import InputError
from frontwatch.ingest.dates import parse_iso_date
from frontwatch.ingest.ids import make_document, normalise_text
from frontwatch.model import Document

_KEYS = {"title": "title", "source": "source", "published": "published", "url": "url"}
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"^([A-Za-z]+)[ \t]*:[ \t]*(.*?)[ \t]*$")


@dataclass(frozen=True)
class FrontMatter:
    """Metadata read from the head of a plain-text report."""

    title: str | None = None
    source: str | None = None
    published: date | None = None
    url: str | None = None


def split_front_matter(text: str, origin: str) -> tuple[FrontMatter, str]:
    """Return the front matter of a text (empty if none) and the text after it."""
    parts = _BLANK_LINE.split(text, maxsplit=1)
    if len(parts) < 2:
        return FrontMatter(), text
    head, body = parts
    fields: dict[str, str] = {}
    for line in head.split("\n"):
        match = _LINE.match(line)
        if match is None or match.group(1).lower() not in _KEYS:
            return FrontMatter(), text
        fields[_KEYS[match.group(1).lower()]] = match.group(2)
    published = None
    if fields.get("published"):
        published = parse_iso_date(fields["published"], origin, "Published")
    meta = FrontMatter(
        title=fields.get("title") or None,
        source=fields.get("source") or None,
        published=published,
        url=fields.get("url") or None,
    )
    return meta, body


def text_document(
    text: str, origin: str, *, published: date | None, source: str | None
) -> Document:
    """Build the Document of a plain-text report; caller's published/source win."""
    text = normalise_text(text)
    meta, body = split_front_matter(text, origin)
    if not body.strip():
        raise InputError(origin, "no text after the front matter; nothing to read")
    return make_document(
        body,
        origin,
        published=published or meta.published,
        source=source or meta.source,
        title=meta.title,
        url=meta.url,
    )
