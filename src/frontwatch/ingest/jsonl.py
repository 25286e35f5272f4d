"""JSON Lines report/gold files: one Document per object with a ``text`` key.

Keys read: ``text`` (required), ``published`` (YYYY-MM-DD), ``source``, ``title``,
``url`` and ``id``. The origin is ``file.jsonl#<id>``, or ``file.jsonl#<line>`` (1-based)
for an object without ``id``. Blank lines are skipped; other keys are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from frontwatch.errors import InputError
from frontwatch.ingest.dates import parse_iso_date
from frontwatch.ingest.ids import make_document, normalise_text
from frontwatch.model import Document


def sniff_jsonl(text: str) -> bool:
    """Return True if the first non-blank line of a text is a JSON object with text."""
    for line in text.split("\n", 50)[:50]:
        if line.strip():
            try:
                record = json.loads(line)
            except ValueError:
                return False
            return isinstance(record, dict) and "text" in record
    return False


def jsonl_documents(
    text: str, origin: str, *, published: date | None, source: str | None
) -> Iterator[Document | InputError]:
    """Yield one Document per line of a JSON Lines text, or an InputError per bad line."""
    for number, line in enumerate(normalise_text(text).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield _record_document(line, origin, number, published=published, source=source)
        except InputError as error:
            yield error


def _record_document(
    line: str, origin: str, number: int, *, published: date | None, source: str | None
) -> Document:
    where = f"{origin}#{number}"
    try:
        record: Any = json.loads(line)
    except ValueError as exc:
        raise InputError(where, f"line {number} is not valid JSON ({exc})") from None
    if not isinstance(record, dict):
        raise InputError(where, f"line {number} is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, f"line {number} lacks a non-empty string 'text'")
    if record.get("id") not in (None, ""):
        where = f"{origin}#{record['id']}"
    found = record.get("published")
    found_date = parse_iso_date(str(found), where, "published") if found else None
    warnings: list[str] = []
    return make_document(
        text,
        where,
        published=published or found_date,
        source=source or _string(record, "source", where, warnings),
        title=_string(record, "title", where, warnings),
        url=_string(record, "url", where, warnings),
        warnings=tuple(warnings),
    )


def _string(record: dict, key: str, where: str, warnings: list[str]) -> str | None:
    """A record's text field; a field of another type is dropped with a warning."""
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value if value and value.strip() else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        warnings.append(f"{where}: field {key!r} is a number ({value}); read as text")
        return str(value)
    kind = {dict: "an object", list: "a list", bool: "a boolean"}.get(type(value), type(value).__name__)
    warnings.append(f"{where}: field {key!r} is {kind}, not a string; dropped")
    return None
