"""RSS/Atom feeds: one Document per entry, through feedparser, entities never expanded."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from typing import Any
from xml.sax import SAXParseException

from frontwatch.errors import InputError
from frontwatch.ingest.decode import bom_encoding, check_not_binary
from frontwatch.ingest.fragment import html_to_text
from frontwatch.ingest.ids import make_document
from frontwatch.model import Document

_FEED_ROOT = re.compile(
    rb"^(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL | re.IGNORECASE,
)
_ENTITY_DECL = re.compile(rb"<!ENTITY\s+(%\s+)?[^\s>]+\s+([^>]*)>?")


def sniff_feed(data: bytes) -> bool:
    """Return True if the bytes open like an RSS, Atom or RDF feed."""
    head = data[:65536]
    encoding = bom_encoding(head)
    if encoding is not None:
        head = head.decode(encoding, errors="ignore").encode("utf-8")
    return _FEED_ROOT.match(head) is not None


def feed_documents(
    data: bytes, origin: str, *, published: date | None, source: str | None
) -> Iterator[Document | InputError]:
    """Yield one Document per feed entry (or an InputError per unusable entry)."""
    if bom_encoding(data) is None:
        check_not_binary(data, origin)
    _refuse_entity_expansion(data, origin)
    import feedparser  # loaded with the first feed: a run without feeds never imports it

    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except Exception as exc:  # third-party parser on untrusted input: report, never crash
        raise InputError(origin, f"feed could not be parsed ({type(exc).__name__}: {exc})") from None
    problem = parsed.get("bozo_exception") if parsed.bozo else None
    if problem is not None and _truncated(problem, data):
        raise InputError(origin, f"malformed feed: it ends mid-element ({_reason(problem)}), truncated? "
                                 "nothing read from it; download it again")
    lenient = (f"{origin}: feed is not well-formed ({_reason(problem)}); read by the lenient parser",) \
        if isinstance(problem, SAXParseException) else ()
    items = list(_entries(parsed, origin, published=published, source=source, warnings=lenient))
    if not any(isinstance(item, Document) for item in items):
        if parsed.bozo:
            raise InputError(origin, f"malformed feed with no usable entries ({_reason(problem)})")
        if not items:
            raise InputError(origin, "feed has no entries; nothing to read")
    yield from items


def _truncated(problem: object, data: bytes) -> bool:
    """Whether the XML parser ran out of data inside an element: a cut download, not a quirk."""
    if not isinstance(problem, SAXParseException):
        return False
    lines = data.rstrip().split(b"\n")
    line, column = problem.getLineNumber() or 0, problem.getColumnNumber() or 0
    at_end = line >= len(lines) and column >= len(lines[-1]) - 1
    return at_end or problem.getMessage() in {"no element found", "unclosed token"}


def _entries(
    parsed: Any, origin: str, *, published: date | None, source: str | None, warnings: tuple[str, ...]
) -> Iterator[Document | InputError]:
    feed_title = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#{index}"
        title = _plain(entry.get("title"), entry.get("title_detail"))
        body = _body(entry)
        if not (title or body):
            yield InputError(entry_origin, "feed entry has neither title nor text")
            continue
        text = "\n\n".join(part for part in (title, body) if part)
        found, unparsed = _entry_date(entry)
        notes = warnings
        if unparsed and published is None:
            notes += (f"{entry_origin}: date {unparsed!r} does not parse; publication date left empty",)
        yield make_document(
            text,
            entry_origin,
            published=published or found,
            source=source or feed_title,
            title=title or None,
            url=entry.get("link") or None,
            warnings=notes,
        )


def _refuse_entity_expansion(data: bytes, origin: str) -> None:
    """Refuse DTD entities that nest or point outside: the billion-laughs and XXE shapes."""
    start = data.find(b"<!ENTITY")
    while start >= 0:
        end = data.find(b">", start)
        declaration = data[start : end + 1 if end >= 0 else len(data)]
        match = _ENTITY_DECL.match(declaration)
        value = match.group(2) if match else declaration
        if b"&" in value or b"%" in value or re.match(rb"\s*(SYSTEM|PUBLIC)\b", value):
            raise InputError(
                origin,
                "feed declares nested or external XML entities (entity-expansion attack?); "
                "refused — remove the DOCTYPE block",
            )
        if end < 0:
            return
        start = data.find(b"<!ENTITY", end)


def _reason(exc: Any) -> str:
    """Return a parser exception as 'line L, column C: message' where it knows them."""
    if exc is None:
        return "not well-formed"
    if hasattr(exc, "getLineNumber") and hasattr(exc, "getMessage"):
        return f"line {exc.getLineNumber()}, column {exc.getColumnNumber()}: {exc.getMessage()}"
    return str(exc) or type(exc).__name__


def _plain(value: Any, detail: Any = None) -> str:
    """Return the text of a feed field, stripping markup only when it is HTML."""
    if not isinstance(value, str):
        return ""
    kind = (detail or {}).get("type", "text/html")
    if "html" in kind:
        return html_to_text(value)
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", value) if p.strip())


def _body(entry: Any) -> str:
    for content in entry.get("content") or ():
        text = _plain(content.get("value"), content)
        if text:
            return text
    return _plain(entry.get("summary"), entry.get("summary_detail"))


def _entry_date(entry: Any) -> tuple[date | None, str | None]:
    """An entry's date, and the first date text that did not parse (when none did)."""
    unparsed = None
    for key in ("published", "updated", "created"):
        stamp = entry.get(f"{key}_parsed")
        if stamp:
            return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday), None
        if unparsed is None and isinstance(entry.get(key), str) and entry.get(key).strip():
            unparsed = " ".join(entry.get(key).split())[:80]
    return None, unparsed
